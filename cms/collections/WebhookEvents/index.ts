import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'

/** Every Resend webhook event id we processed: a delivery retried by Resend is recognised and ignored. */
export const WebhookEvents: CollectionConfig = {
  slug: 'webhook-events',
  admin: { useAsTitle: 'eventId', defaultColumns: ['eventId', 'type', 'receivedAt'], group: 'System' },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true },
    { name: 'type', type: 'text', required: true },
    { name: 'emailId', type: 'text', index: true },
    /** From the email's tags: which issue's report and which subscriber the event is about. */
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', index: true },
    { name: 'receivedAt', type: 'date', required: true },
    { name: 'payload', type: 'json' },
  ],
}
