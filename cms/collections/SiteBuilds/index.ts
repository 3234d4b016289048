import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '../../access'
import { recordedTimeAdmin } from '../../fields/dates'
import { label, staticLabel } from '../../fields/labels'
import { publishStatusEndpoint } from '../../siteBuilds/statusEndpoint'

/**
 * One row per build of the public site: editors see here whether their change went live, and a
 * failed build's log. Written by the build job only.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: label('Nettstadbygg', 'Site build'),
    plural: label('Nettstadbygg', 'Site builds'),
  },
  admin: {
    useAsTitle: 'trigger',
    defaultColumns: ['status', 'trigger', 'requestedAt', 'durationMs'],
    group: staticLabel('System', 'System'),
  },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: '-requestedAt',
  endpoints: [publishStatusEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: label('Status', 'Status'),
      options: [
        { value: 'queued', label: label('I kø', 'Queued') },
        { value: 'running', label: label('Byggjer', 'Running') },
        { value: 'succeeded', label: label('Publisert', 'Live') },
        { value: 'failed', label: label('Feila', 'Failed') },
      ],
    },
    { name: 'trigger', type: 'text', label: label('Årsak', 'Trigger') },
    {
      name: 'requestedAt',
      type: 'date',
      required: true,
      label: label('Bestilt', 'Requested at'),
      admin: recordedTimeAdmin,
    },
    {
      name: 'startedAt',
      type: 'date',
      label: label('Starta', 'Started at'),
      admin: recordedTimeAdmin,
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('Ferdig', 'Finished at'),
      admin: recordedTimeAdmin,
    },
    { name: 'durationMs', type: 'number', label: label('Tid (ms)', 'Duration (ms)') },
    { name: 'pages', type: 'number', label: label('Sider', 'Pages') },
    { name: 'error', type: 'text', label: label('Feil', 'Error') },
    { name: 'log', type: 'textarea', label: label('Logg', 'Log'), admin: { readOnly: true } },
    {
      // "articles:12": the documents whose changes this build carries to the site.
      name: 'documents',
      type: 'json',
      label: label('Dokument i bygget', 'Documents in the build'),
      admin: { readOnly: true },
    },
    {
      // Documents the build had to leave out, each with what the editor must fix.
      name: 'withheld',
      type: 'json',
      label: label('Halde tilbake', 'Withheld'),
      admin: { readOnly: true },
    },
  ],
}
