import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { fieldIsStaff, isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDateTime } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { endAfterStart, registrationLinkWhenAsked } from './validateEnd'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { validateWebUrl } from '../../fields/webUrl'
import { publishStatusField } from '../../fields/publishStatus'
import { requireNynorskToPublish } from '../../hooks/requireNynorsk'
import { previewPageEndpoint, previewUrl } from '../../preview/previewEndpoint'
import {
  eventSignupStatus,
  noticeAttendeesOfChange,
  signupStatusField,
} from '../../events/eventHooks'
import { siteSignupFields } from '../../events/signupFields'

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
  endpoints: [previewPageEndpoint('events')],
  admin: {
    preview: previewUrl('events'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'contentLanguages', 'kind', 'startsAt', 'cancelled', '_status'],
  },
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    ...rebuildSiteHooks(isPublished),
    beforeChange: [requireNynorskToPublish()],
    afterRead: [eventSignupStatus],
    afterChange: [...(rebuildSiteHooks(isPublished).afterChange ?? []), noticeAttendeesOfChange],
  },
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
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: EVENT_KINDS,
      label: label('Type', 'Kind'),
    },
    {
      type: 'row',
      fields: [
        osloDateTime('startsAt', { required: true, label: label('Startar', 'Starts') }),
        osloDateTime('endsAt', { label: label('Sluttar', 'Ends'), validate: endAfterStart }),
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: false,
      label: label('Heile dagen', 'All day'),
    },
    { name: 'venue', type: 'text', localized: true, label: label('Stad', 'Venue') },
    { name: 'address', type: 'text', label: label('Adresse', 'Address') },
    {
      name: 'onlineUrl',
      type: 'text',
      validate: validateWebUrl,
      label: label('Lenkje for digitalt oppmøte', 'Online link'),
    },
    { name: 'organiser', type: 'text', localized: true, label: label('Arrangør', 'Organiser') },
    { name: 'capacity', type: 'number', min: 0, label: label('Plassar', 'Capacity') },
    {
      name: 'price',
      type: 'group',
      label: label('Pris', 'Price'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'free',
              type: 'checkbox',
              defaultValue: true,
              label: label('Gratis', 'Free'),
            },
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
          name: 'note',
          type: 'text',
          localized: true,
          maxLength: 200,
          label: label('Merknad om prisen', 'Note on the price'),
          admin: {
            description: label(
              'Til dømes «Lunsj inkludert» eller «Gratis for verksemder i Vinje».',
              'For example “Lunch included” or “Free for businesses in Vinje”.',
            ),
          },
        },
      ],
    },
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
            { value: 'site', label: label('Påmelding på nettstaden', 'Sign-up on this site') },
            { value: 'url', label: label('Lenkje til påmelding', 'Registration link') },
            { value: 'contact', label: label('Kontakt oss', 'Contact us') },
            { value: 'none', label: label('Inga påmelding', 'No registration') },
          ],
          label: label('Måte', 'Method'),
        },
        {
          name: 'url',
          type: 'text',
          label: label('Lenkje til påmelding', 'Registration link'),
          admin: { condition: (_, sibling) => sibling?.method === 'url' },
          validate: registrationLinkWhenAsked,
        },
        osloDateTime('deadline', { label: label('Påmeldingsfrist', 'Deadline') }),
        ...siteSignupFields(),
      ],
    },
    signupStatusField(),
    {
      name: 'registrations',
      type: 'join',
      collection: 'event-registrations',
      on: 'event',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: label('Påmelde', 'Attendees'),
      access: { read: fieldIsStaff },
      admin: {
        condition: (data) => data?.registration?.method === 'site',
        defaultColumns: ['name', 'status', 'attendance', 'createdAt'],
        description: label(
          'Eksport: /api/event-registrations/attendees?event=<id> (CSV) og &format=print (utskrift).',
          'Export: /api/event-registrations/attendees?event=<id> (CSV) and &format=print (printable).',
        ),
      },
    },
    {
      name: 'cancelled',
      type: 'checkbox',
      defaultValue: false,
      label: label('Avlyst', 'Cancelled'),
      admin: { position: 'sidebar' },
    },
    topicsField(),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Skildring', 'Description'),
    },
  ],
}
