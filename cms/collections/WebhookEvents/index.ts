import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { recordedTimeAdmin } from '../../fields/dates'
import { label, staticLabel } from '../../fields/labels'

/** Every Resend webhook event id we processed: a delivery retried by Resend is recognised and ignored. */
export const WebhookEvents: CollectionConfig = {
  slug: 'webhook-events',
  labels: {
    singular: label('Webhook-hending', 'Webhook event'),
    plural: label('Webhook-hendingar', 'Webhook events'),
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'receivedAt'],
    group: staticLabel('System', 'System'),
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    {
      name: 'eventId',
      type: 'text',
      required: true,
      unique: true,
      label: label('Hendings-ID', 'Event id'),
    },
    { name: 'type', type: 'text', required: true, label: label('Type', 'Type') },
    { name: 'emailId', type: 'text', index: true, label: label('E-post-ID', 'Email id') },
    /** From the email's tags: which issue's report and which subscriber the event is about. */
    {
      name: 'newsletter',
      type: 'relationship',
      relationTo: 'newsletters',
      index: true,
      label: label('Nyheitsbrev', 'Newsletter issue'),
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      label: label('Abonnent', 'Subscriber'),
    },
    {
      name: 'receivedAt',
      type: 'date',
      required: true,
      label: label('Motteke', 'Received at'),
      admin: recordedTimeAdmin,
    },
    { name: 'payload', type: 'json', label: label('Innhald', 'Payload') },
  ],
}
