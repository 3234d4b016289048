import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { sendNewsletterTask } from '../emails/send/task'
import { collections } from './collections'
import { databaseAdapter } from './database'
import { knowledgeStatisticsEndpoint } from './endpoints/knowledge'
import { matchingReportCsvEndpoint } from './endpoints/matchingReport'
import { needsSurveyEndpoint } from './endpoints/needsSurvey'
import { newsletterEndpoints } from './endpoints/newsletter'
import { env } from './env'
import { SiteSettings } from './globals/SiteSettings'

const config = env()

export default buildConfig({
  secret: config.payloadSecret,
  serverURL: config.serverUrl,
  db: databaseAdapter(config.databaseUrl),
  editor: lexicalEditor(),
  collections,
  // Subscribe, confirm, preferences, unsubscribe, Resend webhooks: /api/newsletter/…
  endpoints: [...newsletterEndpoints, knowledgeStatisticsEndpoint, needsSurveyEndpoint, matchingReportCsvEndpoint],
  globals: [SiteSettings],
  localization: {
    locales: [
      { code: 'nn', label: 'Nynorsk' },
      { code: 'en', label: 'English', fallbackLocale: 'nn' },
    ],
    defaultLocale: 'nn',
    fallback: true,
  },
  i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' },
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · Næringshub' },
    timezones: {
      supportedTimezones: [{ label: 'Europe/Oslo', value: 'Europe/Oslo' }],
      defaultTimezone: 'Europe/Oslo',
    },
    importMap: { baseDir: path.resolve('cms'), importMapFile: path.resolve('cms/app/(payload)/admin/importMap.js') },
    components: {
      // Advisors' tools: the dashboard and the broker's matching report (advisor/admin only).
      afterNavLinks: ['/admin/AdvisorNavLinks#AdvisorNavLinks'],
      views: {
        advisor: { Component: '/advisor/AdvisorDashboardView#AdvisorDashboardView', path: '/advisor' },
        matching: { Component: '/matching/MatchingReportView#MatchingReportView', path: '/matching' },
      },
    },
  },
  jobs: {
    // Kept so an editor can see what ran (scheduled publishes) in the admin's jobs list.
    deleteJobOnComplete: false,
    tasks: [sendNewsletterTask],
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'System' },
    }),
  },
  sharp,
  typescript: { outputFile: path.resolve('cms/payload-types.ts') },
  telemetry: false,
})
