/**
 * Payload's jobs collection (System → Jobs) in Nynorsk and English: Payload defines it with
 * English names only ("Task Slug", "Wait Until"), so its labels are set here by field name.
 */
import type { CollectionConfig, Field } from 'payload'

import { label } from '../fields/labels'

const FIELD_LABELS: Record<string, ReturnType<typeof label>> = {
  input: label('Inndata', 'Input'),
  output: label('Utdata', 'Output'),
  taskStatus: label('Status for oppgåvene', 'Task status'),
  completedAt: label('Fullført', 'Completed at'),
  executedAt: label('Køyrd', 'Executed at'),
  totalTried: label('Forsøk', 'Attempts'),
  hasError: label('Feila', 'Has error'),
  error: label('Feil', 'Error'),
  log: label('Logg', 'Log'),
  taskSlug: label('Oppgåve', 'Task'),
  taskID: label('Oppgåve-ID', 'Task id'),
  workflowSlug: label('Arbeidsflyt', 'Workflow'),
  queue: label('Kø', 'Queue'),
  waitUntil: label('Ventar til', 'Wait until'),
  processing: label('Køyrer no', 'Processing'),
  concurrencyKey: label('Samtidigheitsnøkkel', 'Concurrency key'),
  state: label('Utfall', 'State'),
  parent: label('Overordna', 'Parent'),
  meta: label('Metadata', 'Metadata'),
}

const OPTION_LABELS: Record<string, ReturnType<typeof label>> = {
  inline: label('Direkte', 'Inline'),
  sendNewsletter: label('Send nyheitsbrev', 'Send newsletter issue'),
  registerUpdate: label('Dagleg oppdatering frå registeret', 'Daily register update'),
  schedulePublish: label('Planlagd publisering', 'Scheduled publishing'),
  weeklyActionReminders: label('Vekepåminning om tiltak', 'Weekly action reminders'),
  failed: label('Feila', 'Failed'),
  succeeded: label('Vellukka', 'Succeeded'),
}

const DATE_ADMIN = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd.MM.yyyy HH:mm',
  timeFormat: 'HH:mm',
} as const

function localiseField(field: Field): Field {
  const f = { ...field } as Record<string, any>
  if (typeof f.name === 'string' && FIELD_LABELS[f.name]) f.label = FIELD_LABELS[f.name]
  // Payload's English help texts ("Task execution log") say nothing a staff member needs.
  if (f.admin?.description) f.admin = { ...f.admin, description: undefined }
  if (f.type === 'date') f.admin = { ...f.admin, date: { ...DATE_ADMIN, ...f.admin?.date } }
  if (Array.isArray(f.options))
    f.options = f.options.map((o: unknown) =>
      typeof o === 'string' ? { value: o, label: OPTION_LABELS[o] ?? label(o, o) } : o,
    )
  if (f.type === 'array')
    f.labels = { singular: label('Oppføring', 'Entry'), plural: label('Oppføringar', 'Entries') }
  if (Array.isArray(f.fields)) f.fields = f.fields.map(localiseField)
  if (Array.isArray(f.tabs))
    f.tabs = f.tabs.map((tab: { label?: unknown; fields: Field[] }) => ({
      ...tab,
      label: tab.label === 'Status' ? label('Status', 'Status') : tab.label,
      fields: tab.fields.map(localiseField),
    }))
  return f as Field
}

export function localiseJobsCollection(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    labels: { singular: label('Jobb', 'Job'), plural: label('Jobbar', 'Jobs') },
    fields: jobs.fields.map(localiseField),
  }
}
