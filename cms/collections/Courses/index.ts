import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDate, osloDateTime } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { validateWebUrl } from '../../fields/webUrl'
import { publishStatusField } from '../../fields/publishStatus'
import { requireNynorskToPublish } from '../../hooks/requireNynorsk'
import { previewPageEndpoint, previewUrl } from '../../preview/previewEndpoint'

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
  endpoints: [previewPageEndpoint('courses')],
  admin: {
    preview: previewUrl('courses'),
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'contentLanguages',
      'provider',
      'format',
      'signupDeadline',
      '_status',
    ],
  },
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: { ...rebuildSiteHooks(isPublished), beforeChange: [requireNynorskToPublish()] },
  versions: { drafts: true, maxPerDoc: 20 },
  fields: [
    publishStatusField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tittel', 'Title'),
    },
    slugField(),
    contentLanguagesField(),
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      required: true,
      label: label('Tilbydar', 'Provider'),
    },
    topicsField(),
    {
      name: 'format',
      type: 'select',
      required: true,
      options: COURSE_FORMATS,
      label: label('Form', 'Format'),
    },
    { name: 'level', type: 'select', options: COURSE_LEVELS, label: label('Nivå', 'Level') },
    {
      name: 'sessions',
      type: 'array',
      label: label('Samlingar', 'Sessions'),
      labels: { singular: label('Samling', 'Session'), plural: label('Samlingar', 'Sessions') },
      fields: [
        {
          type: 'row',
          fields: [
            osloDateTime('startsAt', { required: true, label: label('Startar', 'Starts') }),
            osloDateTime('endsAt', { label: label('Sluttar', 'Ends') }),
          ],
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
      // Not "Språk": that is the content-language switch above the form.
      label: label('Kursspråk', 'Course language'),
    },
    {
      name: 'targetGroup',
      type: 'text',
      localized: true,
      label: label('Målgruppe', 'Target group'),
    },
    {
      name: 'signupUrl',
      type: 'text',
      validate: validateWebUrl,
      label: label('Påmeldingslenkje', 'Signup link'),
    },
    osloDate('signupDeadline', { label: label('Påmeldingsfrist', 'Signup deadline') }),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Skildring', 'Description'),
    },
  ],
}
