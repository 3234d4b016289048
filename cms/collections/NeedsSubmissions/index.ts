import type { CollectionConfig } from 'payload'

import { isAdvisorOrAdmin } from '../../access'
import { label } from '../../fields/labels'

/** What businesses tell us through the public needs survey, waiting for an advisor's review. */
export const NeedsSubmissions: CollectionConfig = {
  slug: 'needs-submissions',
  labels: { singular: label('Behovsmelding', 'Needs submission'), plural: label('Behovsmeldingar', 'Needs submissions') },
  admin: { useAsTitle: 'orgNumber', defaultColumns: ['orgNumber', 'business', 'contactName', 'status', 'createdAt'] },
  access: { read: isAdvisorOrAdmin, create: isAdvisorOrAdmin, update: isAdvisorOrAdmin, delete: isAdvisorOrAdmin },
  fields: [
    { name: 'orgNumber', type: 'text', required: true, index: true },
    { name: 'business', type: 'relationship', relationTo: 'businesses' },
    { name: 'businessName', type: 'text' },
    { name: 'contactName', type: 'text', required: true },
    { name: 'contactEmail', type: 'email', required: true },
    { name: 'contactPhone', type: 'text' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'text', type: 'textarea' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unreviewed',
      options: [
        { value: 'unreviewed', label: label('Ikkje handsama', 'Unreviewed') },
        { value: 'reviewed', label: label('Handsama', 'Reviewed') },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
