import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { payloadLocalization } from '../common/locales'
import { sendNewsletterTask } from './newsletter/send/task'
import { collections } from './collections'
import { databaseAdapter } from './database'
import { messengerEmailAdapter } from './email/adapter'
import { registerUpdateTask } from './import/updates/task'
import { knowledgeStatisticsEndpoint } from './endpoints/knowledge'
import { matchingReportCsvEndpoint } from './endpoints/matchingReport'
import { needsSurveyEndpoint } from './endpoints/needsSurvey'
import { newsletterEndpoints } from './newsletter/endpoints'
import { env } from './env'
import { SiteSettings } from './globals/SiteSettings'
import { adminI18n } from './i18n'
import { actionRemindersTask } from './advisor/actionRemindersTask'
import { localiseJobsCollection } from './admin/jobsAdmin'
import { eventHousekeepingTask } from './events/housekeepingTask'
import { eventNoticeTask } from './events/noticeTask'

const config = env()

export default buildConfig({
  secret: config.payloadSecret,
  serverURL: config.serverUrl,
  db: databaseAdapter(config.databaseUrl),
  editor: lexicalEditor(),
  collections,
  // Subscribe, confirm, preferences, unsubscribe, Resend webhooks: /api/newsletter/…
  endpoints: [
    ...newsletterEndpoints,
    knowledgeStatisticsEndpoint,
    needsSurveyEndpoint,
    matchingReportCsvEndpoint,
  ],
  globals: [SiteSettings],
  // Nothing of ours uses GraphQL (the admin and the site use REST); off, it cannot be abused.
  graphQL: { disable: true },
  localization: payloadLocalization,
  i18n: adminI18n,
  admin: {
    user: 'users',
    // Gravatar would receive a hash of every staff member's email: a transfer to a third party.
    avatar: 'default',
    meta: { titleSuffix: ' · Næringshub' },
    // Norwegian conventions in lists and version history: 02.12.2026 13:28, never 12/02/2026.
    dateFormat: 'dd.MM.yyyy HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Europe/Oslo', value: 'Europe/Oslo' }],
      defaultTimezone: 'Europe/Oslo',
    },
    importMap: {
      baseDir: path.resolve('cms'),
      importMapFile: path.resolve('cms/app/(payload)/admin/importMap.js'),
    },
    components: {
      // The date picker's calendar and the editor's hard-coded labels in Nynorsk.
      providers: ['/admin/AdminNynorsk#AdminNynorsk'],
      // Advisors' tools: the dashboard and the broker's matching report (advisor/admin only).
      afterNavLinks: ['/admin/AdvisorNavLinks#AdvisorNavLinks'],
      views: {
        // Advisors land on their dashboard; everyone else on Payload's (cms/admin/StartPage.tsx).
        dashboard: { Component: '/admin/StartPage#StartPage' },
        advisor: {
          Component: '/advisor/AdvisorDashboardView#AdvisorDashboardView',
          path: '/advisor',
        },
        matching: {
          Component: '/matching/MatchingReportView#MatchingReportView',
          path: '/matching',
        },
      },
    },
  },
  jobs: {
    // Kept so an editor can see what ran (scheduled publishes) in the admin's jobs list.
    deleteJobOnComplete: false,
    tasks: [
      sendNewsletterTask,
      registerUpdateTask,
      actionRemindersTask,
      eventNoticeTask,
      eventHousekeepingTask,
    ],
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...localiseJobsCollection(defaultJobsCollection),
      admin: {
        ...defaultJobsCollection.admin,
        hidden: false,
        group: { nn: 'System', en: 'System' },
        defaultColumns: ['taskSlug', 'queue', 'waitUntil', 'completedAt', 'hasError'],
      },
    }),
  },
  // Staff password resets and verification emails through the same road as every email.
  email: messengerEmailAdapter,
  sharp,
  typescript: { outputFile: path.resolve('cms/payload-types.ts') },
  telemetry: false,
})
