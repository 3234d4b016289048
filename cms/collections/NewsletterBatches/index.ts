import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access'
import { label } from '../../fields/labels'

/**
 * The persisted send plan of an issue: recipients snapshotted into batches of at most 100, each
 * with a stable idempotency key and a status written before and after every call to Resend. This is
 * what lets a killed send resume without sending anyone the issue twice.
 */
export const NewsletterBatches: CollectionConfig = {
  slug: 'newsletter-batches',
  labels: { singular: label('Sendebolk', 'Send batch'), plural: label('Sendebolkar', 'Send batches') },
  admin: { useAsTitle: 'idempotencyKey', defaultColumns: ['newsletter', 'index', 'status', 'size', 'attempts'], group: 'System' },
  access: { read: isEditorOrAdmin, create: () => false, update: () => false, delete: isEditorOrAdmin },
  fields: [
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', required: true, index: true },
    { name: 'index', type: 'number', required: true },
    { name: 'idempotencyKey', type: 'text', required: true, unique: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'submitting', 'submitted', 'failed'],
    },
    { name: 'size', type: 'number', required: true },
    /** [{ subscriberId, email, locale, topics: number[] }]: the snapshot taken at prepare time. */
    { name: 'recipients', type: 'json', required: true },
    /** Resend's ids for the batch's emails, in recipient order. */
    { name: 'resendIds', type: 'json' },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastError', type: 'text' },
    { name: 'submittedAt', type: 'date' },
  ],
}
