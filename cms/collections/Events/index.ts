import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDateTime } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { endAfterStart } from './validateEnd'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'

export const EVENT_KINDS = [
  { value: 'dialogue-meeting', label: label('Dialogmøte', 'Dialogue meeting') },
  { value: 'business-breakfast', label: label('Næringsfrukost', 'Business breakfast') },
  { value: 'course-session', label: label('Kurssamling', 'Course session') },
  { value: 'network-meeting', label: label('Nettverksmøte', 'Network meeting') },
  { value: 'business-day', label: label('Næringslivsdagen', 'Annual business day') },
  { value: 'other', label: label('Anna', 'Other') },
]

/** Meeting arenas. A cancelled event stays published and is marked, so nobody is left wondering. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('Arrangement', 'Event'), plural: label('Arrangement', 'Events') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'startsAt', 'cancelled', '_status'] },
  access: { read: publishedOrStaff, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: rebuildSiteHooks(isPublished),
  versions: { drafts: true, maxPerDoc: 20 },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tittel', 'Title') },
    slugField(),
    { name: 'kind', type: 'select', required: true, defaultValue: 'other', options: EVENT_KINDS, label: label('Type', 'Kind') },
    {
      type: 'row',
      fields: [
        osloDateTime('startsAt', { required: true, label: label('Startar', 'Starts') }),
        osloDateTime('endsAt', { label: label('Sluttar', 'Ends'), validate: endAfterStart }),
      ],
    },
    { name: 'allDay', type: 'checkbox', defaultValue: false, label: label('Heile dagen', 'All day') },
    { name: 'venue', type: 'text', localized: true, label: label('Stad', 'Venue') },
    { name: 'address', type: 'text', label: label('Adresse', 'Address') },
    { name: 'onlineUrl', type: 'text', label: label('Lenkje for digitalt oppmøte', 'Online link') },
    { name: 'organiser', type: 'text', localized: true, label: label('Arrangør', 'Organiser') },
    { name: 'capacity', type: 'number', min: 0, label: label('Plassar', 'Capacity') },
    {
      name: 'registration',
      type: 'group',
      label: label('Påmelding', 'Registration'),
      fields: [
        {
          name: 'method',
          type: 'select',
          defaultValue: 'contact',
          options: [
            { value: 'url', label: label('Lenkje til påmelding', 'Registration link') },
            { value: 'contact', label: label('Kontakt oss', 'Contact us') },
            { value: 'none', label: label('Inga påmelding', 'No registration') },
          ],
        },
        {
          name: 'url',
          type: 'text',
          admin: { condition: (_, sibling) => sibling?.method === 'url' },
          validate: (value: unknown, { siblingData }: { siblingData: { method?: string } }) =>
            siblingData?.method !== 'url' || (typeof value === 'string' && /^https?:\/\//.test(value))
              ? true
              : 'A registration link must start with http:// or https://',
        },
        osloDateTime('deadline', { label: label('Påmeldingsfrist', 'Deadline') }),
      ],
    },
    {
      name: 'cancelled',
      type: 'checkbox',
      defaultValue: false,
      label: label('Avlyst', 'Cancelled'),
      admin: { position: 'sidebar' },
    },
    topicsField(),
    { name: 'description', type: 'richText', localized: true, label: label('Skildring', 'Description') },
  ],
}
