import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { isEditorOrAdmin, sentOrStaff } from '../../access'
import { osloDateTime, recordedTimeAdmin } from '../../fields/dates'
import { label, staticLabel } from '../../fields/labels'
import { topicsField } from '../../fields/topics'
import { isSent, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { workflowTexts } from './admin/texts'
import { newsletterAdminEndpoints } from './endpoints'
import { unscheduleOnTimeChange } from './hooks/unscheduleOnTimeChange'

export const NEWSLETTER_STATUSES = [
  { value: 'draft', label: label('Utkast', 'Draft') },
  { value: 'scheduled', label: label('Planlagt', 'Scheduled') },
  { value: 'sending', label: label('Sender', 'Sending') },
  { value: 'sent', label: label('Sendt', 'Sent') },
  { value: 'failed', label: label('Feila', 'Failed') },
]

const reportLabel = (key: keyof typeof workflowTexts.nn.report) =>
  label(workflowTexts.nn.report[key], workflowTexts.en.report[key])

const REPORT_LABELS = {
  recipients: reportLabel('recipients'),
  submitted: reportLabel('submitted'),
  failed: reportLabel('failed'),
  delivered: reportLabel('delivered'),
  bounced: reportLabel('bounced'),
  complained: reportLabel('complained'),
  unsubscribed: reportLabel('unsubscribed'),
  lastError: reportLabel('lastError'),
}

/** Newsletter issues. Sent issues are the public archive; everything else is internal. */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: {
    singular: label('Nyheitsbrev', 'Newsletter issue'),
    plural: label('Nyheitsbrev', 'Newsletter issues'),
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'contentLanguages', 'status', 'scheduledAt', 'sentAt'],
  },
  access: {
    read: sentOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: { ...rebuildSiteHooks(isSent), beforeChange: [unscheduleOnTimeChange] },
  // The editor's workflow: fill, preview, test, schedule, send, progress (cms/endpoints/newsletterAdmin).
  endpoints: newsletterAdminEndpoints,
  fields: [
    {
      name: 'subject',
      type: 'text',
      required: true,
      localized: true,
      label: label('Emne', 'Subject'),
    },
    contentLanguagesField(),
    {
      name: 'preheader',
      type: 'text',
      localized: true,
      maxLength: 150,
      label: label('Førehandstekst', 'Preheader'),
      admin: {
        description: label(
          'Vist etter emnet i innboksen.',
          'Shown after the subject in the inbox.',
        ),
      },
    },
    { name: 'intro', type: 'richText', localized: true, label: label('Innleiing', 'Intro') },
    {
      name: 'articles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: label('Artiklar', 'Articles'),
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      label: label('Arrangement', 'Events'),
    },
    {
      name: 'courses',
      type: 'relationship',
      relationTo: 'courses',
      hasMany: true,
      label: label('Kurs', 'Courses'),
    },
    {
      name: 'contactPerson',
      type: 'relationship',
      relationTo: 'users',
      label: label('Kontaktperson', 'Contact person'),
      admin: {
        description: label(
          'Tomt = den første på kontaktsida.',
          'Empty = the first person on the contact page.',
        ),
      },
    },
    {
      name: 'workflow',
      type: 'ui',
      label: staticLabel('Send', 'Send'),
      admin: {
        components: { Field: '/collections/Newsletters/admin/Workflow#NewsletterWorkflow' },
      },
    },
    topicsField({
      name: 'targetTopics',
      label: label('Berre til abonnentar på', 'Only to subscribers of'),
      admin: { position: 'sidebar', description: label('Tomt = alle.', 'Empty = everyone.') },
    }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: NEWSLETTER_STATUSES,
      label: label('Status', 'Status'),
      // Changed by the workflow's buttons (schedule, send) and the sender, never by hand.
      admin: { position: 'sidebar', readOnly: true },
    },
    osloDateTime('scheduledAt', {
      label: label('Send', 'Send at'),
      admin: { position: 'sidebar' },
    }),
    {
      name: 'sentAt',
      type: 'date',
      label: label('Sendt', 'Sent at'),
      admin: { ...recordedTimeAdmin, position: 'sidebar', readOnly: true },
    },
    {
      name: 'report',
      type: 'group',
      label: label('Rapport', 'Report'),
      admin: { readOnly: true },
      fields: [
        {
          type: 'row',
          fields: (['recipients', 'submitted', 'failed', 'delivered'] as const).map((name) => ({
            name,
            type: 'number' as const,
            defaultValue: 0,
            label: REPORT_LABELS[name],
          })),
        },
        {
          type: 'row',
          fields: (['bounced', 'complained', 'unsubscribed'] as const).map((name) => ({
            name,
            type: 'number' as const,
            defaultValue: 0,
            label: REPORT_LABELS[name],
          })),
        },
        { name: 'lastError', type: 'text', label: REPORT_LABELS.lastError },
      ],
    },
    /** The compiled issue and sender a send is built from (emails/send/prepare.ts); internal. */
    { name: 'sendSnapshot', type: 'json', hidden: true },
    /** Who is sending right now and until when (cms/newsletter/send/lease.ts): one sender at a time. */
    { name: 'sendLeaseOwner', type: 'text', hidden: true },
    { name: 'sendLeaseUntil', type: 'date', hidden: true },
  ],
}
