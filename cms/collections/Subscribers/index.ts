import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access'
import { recordedTimeAdmin } from '../../fields/dates'
import { label } from '../../fields/labels'
import { topicsField } from '../../fields/topics'
import { lowerCaseEmail } from './lowerCaseEmail'

/** Lifecycle states, as explicit as Listmonk's: only `confirmed` ever receives a newsletter. */
export const SUBSCRIBER_STATUSES = [
  { value: 'unconfirmed', label: label('Ikkje stadfesta', 'Unconfirmed') },
  { value: 'confirmed', label: label('Stadfesta', 'Confirmed') },
  { value: 'unsubscribed', label: label('Avmeld', 'Unsubscribed') },
  { value: 'bounced', label: label('Returnert', 'Bounced') },
  { value: 'complained', label: label('Klaga', 'Complained') },
]

/**
 * Newsletter subscribers. Personal data: only admins and editors read it; the public reaches its
 * own record only through the signed links of the subscription endpoints.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: label('Abonnent', 'Subscriber'),
    plural: label('Abonnentar', 'Subscribers'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'status', 'locale', 'confirmedAt'],
  },
  access: {
    read: isEditorOrAdmin,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [lowerCaseEmail] },
      label: label('E-post', 'Email'),
    },
    { name: 'name', type: 'text', label: label('Namn', 'Name') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      options: SUBSCRIBER_STATUSES,
      index: true,
      label: label('Status', 'Status'),
      admin: { position: 'sidebar' },
    },
    topicsField({
      admin: { description: label('Ingen tema = alt.', 'No topics = everything.') },
    }),
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'nn',
      options: [
        { value: 'nn', label: label('Nynorsk', 'Nynorsk') },
        { value: 'en', label: label('Engelsk', 'English') },
      ],
      label: label('Språk for nyheitsbrevet', 'Newsletter language'),
    },
    {
      name: 'consent',
      type: 'group',
      label: label('Samtykke', 'Consent'),
      admin: {
        description: label(
          'Korleis og når samtykket vart gitt.',
          'How and when consent was given.',
        ),
      },
      fields: [
        {
          name: 'givenAt',
          type: 'date',
          label: label('Gitt', 'Given at'),
          admin: recordedTimeAdmin,
        },
        {
          name: 'method',
          type: 'select',
          label: label('Måte', 'Method'),
          options: [
            { value: 'signup-form', label: label('Påmeldingsskjema', 'Signup form') },
            { value: 'api', label: label('API', 'API') },
            { value: 'import', label: label('Import', 'Import') },
            { value: 'admin', label: label('Lagt inn av oss', 'Entered by staff') },
            { value: 'seed', label: label('Demodata', 'Demo data') },
          ],
        },
        {
          name: 'wordingVersion',
          type: 'text',
          label: label('Versjon av samtykketeksten', 'Consent wording version'),
        },
      ],
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: label('Stadfesta', 'Confirmed at'),
      admin: { ...recordedTimeAdmin, position: 'sidebar' },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: label('Avmeld', 'Unsubscribed at'),
      admin: { ...recordedTimeAdmin, position: 'sidebar' },
    },
    {
      name: 'unsubscribedFrom',
      type: 'relationship',
      relationTo: 'newsletters',
      label: label('Avmeld frå utgåva', 'Unsubscribed from issue'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('Utgåva lenkja kom frå.', 'The issue whose link was used.'),
      },
    },
    /** The nonce in the newest confirm link; cleared on use, so a used or older link confirms nothing. */
    { name: 'confirmationNonce', type: 'text', hidden: true },
    {
      name: 'consentLog',
      type: 'array',
      label: label('Samtykkelogg', 'Consent log'),
      labels: { singular: label('Hending', 'Event'), plural: label('Hendingar', 'Events') },
      admin: {
        readOnly: true,
        description: label('Kvar endring av samtykke.', 'Every consent change.'),
      },
      fields: [
        {
          name: 'at',
          type: 'date',
          required: true,
          label: label('Tid', 'Time'),
          admin: recordedTimeAdmin,
        },
        { name: 'action', type: 'text', required: true, label: label('Hending', 'Action') },
        { name: 'via', type: 'text', label: label('Via', 'Via') },
        { name: 'detail', type: 'text', label: label('Detaljar', 'Detail') },
      ],
    },
  ],
}
