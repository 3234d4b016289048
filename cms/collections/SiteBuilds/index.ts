import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '../../access'
import { label } from '../../fields/labels'

/**
 * One row per build of the public site: editors see here whether their change went live, and a
 * failed build's log. Written by the build job only.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: label('Nettstadbygg', 'Site build'), plural: label('Nettstadbygg', 'Site builds') },
  admin: { useAsTitle: 'trigger', defaultColumns: ['status', 'trigger', 'requestedAt', 'durationMs'], group: 'System' },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: '-requestedAt',
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: label('I kø', 'Queued') },
        { value: 'running', label: label('Byggjer', 'Running') },
        { value: 'succeeded', label: label('Publisert', 'Live') },
        { value: 'failed', label: label('Feila', 'Failed') },
      ],
    },
    { name: 'trigger', type: 'text', label: label('Årsak', 'Trigger') },
    { name: 'requestedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number' },
    { name: 'pages', type: 'number' },
    { name: 'error', type: 'text' },
    { name: 'log', type: 'textarea', admin: { readOnly: true } },
  ],
}
