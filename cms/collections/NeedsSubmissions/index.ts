import type { CollectionConfig } from 'payload'

import { isAdvisorOrAdmin } from '../../access'
import { label } from '../../fields/labels'

/** What businesses tell us through the public needs survey, waiting for an advisor's review. */
export const NeedsSubmissions: CollectionConfig = {
  slug: 'needs-submissions',
  labels: {
    singular: label('Behovsmelding', 'Needs submission'),
    plural: label('Behovsmeldingar', 'Needs submissions'),
  },
  admin: {
    // The business's name as given in the survey, not a bare organisation number.
    useAsTitle: 'businessName',
    defaultColumns: ['businessName', 'orgNumber', 'contactName', 'status', 'createdAt'],
  },
  access: {
    read: isAdvisorOrAdmin,
    create: isAdvisorOrAdmin,
    update: isAdvisorOrAdmin,
    delete: isAdvisorOrAdmin,
  },
  fields: [
    {
      name: 'orgNumber',
      type: 'text',
      required: true,
      index: true,
      label: label('Organisasjonsnummer', 'Organisation number'),
    },
    {
      name: 'business',
      type: 'relationship',
      relationTo: 'businesses',
      label: label('Verksemd i registeret', 'Business in the register'),
    },
    { name: 'businessName', type: 'text', label: label('Namn på verksemda', 'Business name') },
    {
      name: 'contactName',
      type: 'text',
      required: true,
      label: label('Kontaktperson', 'Contact person'),
    },
    { name: 'contactEmail', type: 'email', required: true, label: label('E-post', 'Email') },
    { name: 'contactPhone', type: 'text', label: label('Telefon', 'Phone') },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: label('Tema', 'Topics'),
    },
    { name: 'text', type: 'textarea', label: label('Kva dei treng', 'What they need') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unreviewed',
      options: [
        { value: 'unreviewed', label: label('Ikkje handsama', 'Unreviewed') },
        { value: 'reviewed', label: label('Handsama', 'Reviewed') },
      ],
      label: label('Status', 'Status'),
      admin: { position: 'sidebar' },
    },
  ],
}
