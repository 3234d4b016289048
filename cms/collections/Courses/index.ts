import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDate, osloDateTime } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'

export const COURSE_FORMATS = [
  { value: 'classroom', label: label('Klasserom', 'Classroom') },
  { value: 'online', label: label('Nett, direkte', 'Online, live') },
  { value: 'hybrid', label: label('Hybrid', 'Hybrid') },
  { value: 'self-paced', label: label('Sjølvstudium / LMS', 'Self-paced / LMS') },
]

export const COURSE_LEVELS = [
  { value: 'beginner', label: label('Grunnleggjande', 'Beginner') },
  { value: 'intermediate', label: label('Vidarekomen', 'Intermediate') },
  { value: 'advanced', label: label('Avansert', 'Advanced') },
]

/** Course listings from providers: what the office brokers to local businesses. */
export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: label('Kurs', 'Course'), plural: label('Kurs', 'Courses') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'provider', 'format', 'signupDeadline', '_status'] },
  access: { read: publishedOrStaff, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: rebuildSiteHooks(isPublished),
  versions: { drafts: true, maxPerDoc: 20 },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tittel', 'Title') },
    slugField(),
    { name: 'provider', type: 'relationship', relationTo: 'providers', required: true, label: label('Tilbydar', 'Provider') },
    topicsField(),
    { name: 'format', type: 'select', required: true, options: COURSE_FORMATS, label: label('Form', 'Format') },
    { name: 'level', type: 'select', options: COURSE_LEVELS, label: label('Nivå', 'Level') },
    {
      name: 'sessions',
      type: 'array',
      label: label('Samlingar', 'Sessions'),
      fields: [
        {
          type: 'row',
          fields: [osloDateTime('startsAt', { required: true }), osloDateTime('endsAt')],
        },
      ],
    },
    { name: 'location', type: 'text', localized: true, label: label('Stad', 'Location') },
    {
      name: 'price',
      type: 'group',
      label: label('Pris', 'Price'),
      fields: [
        { name: 'free', type: 'checkbox', defaultValue: false, label: label('Gratis', 'Free') },
        {
          name: 'amountNok',
          type: 'number',
          min: 0,
          label: label('Beløp (NOK)', 'Amount (NOK)'),
          admin: { condition: (_, sibling) => !sibling?.free },
        },
      ],
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'no',
      options: [
        { value: 'no', label: label('Norsk', 'Norwegian') },
        { value: 'en', label: label('Engelsk', 'English') },
        { value: 'other', label: label('Anna', 'Other') },
      ],
      label: label('Språk', 'Language'),
    },
    { name: 'targetGroup', type: 'text', localized: true, label: label('Målgruppe', 'Target group') },
    { name: 'signupUrl', type: 'text', label: label('Påmeldingslenkje', 'Signup link') },
    osloDate('signupDeadline', { label: label('Påmeldingsfrist', 'Signup deadline') }),
    { name: 'description', type: 'richText', localized: true, label: label('Skildring', 'Description') },
  ],
}
