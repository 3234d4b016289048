import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access'
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
  labels: { singular: label('Abonnent', 'Subscriber'), plural: label('Abonnentar', 'Subscribers') },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'status', 'locale', 'confirmedAt'] },
  access: { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [lowerCaseEmail] },
    },
    { name: 'name', type: 'text', label: label('Namn', 'Name') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unconfirmed',
      options: SUBSCRIBER_STATUSES,
      index: true,
      admin: { position: 'sidebar' },
    },
    topicsField({ admin: { description: 'Ingen tema = alt. / No topics = everything.' } }),
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'nn',
      options: [
        { value: 'nn', label: 'Nynorsk' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: label('Samtykke', 'Consent'),
      admin: { description: 'Korleis og når samtykket vart gitt. / How and when consent was given.' },
      fields: [
        { name: 'givenAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'method',
          type: 'select',
          options: ['signup-form', 'api', 'import', 'admin', 'seed'],
        },
        { name: 'wordingVersion', type: 'text' },
      ],
    },
    { name: 'confirmedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'unsubscribedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'unsubscribedFrom',
      type: 'relationship',
      relationTo: 'newsletters',
      admin: { position: 'sidebar', readOnly: true, description: 'Utgåva lenkja kom frå. / The issue whose link was used.' },
    },
    /** The nonce in the newest confirm link; cleared on use, so a used or older link confirms nothing. */
    { name: 'confirmationNonce', type: 'text', hidden: true },
    {
      name: 'consentLog',
      type: 'array',
      label: label('Samtykkelogg', 'Consent log'),
      admin: { readOnly: true, description: 'Kvar endring av samtykke. / Every consent change.' },
      fields: [
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'action', type: 'text', required: true },
        { name: 'via', type: 'text' },
        { name: 'detail', type: 'text' },
      ],
    },
  ],
}
