import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access'
import { recordedTimeAdmin } from '../../fields/dates'
import { label, staticLabel } from '../../fields/labels'

/**
 * The persisted send plan of an issue: recipients snapshotted into batches of at most 100, each
 * with a stable idempotency key and a status written before and after every call to Resend. This is
 * what lets a killed send resume without sending anyone the issue twice.
 */
export const NewsletterBatches: CollectionConfig = {
  slug: 'newsletter-batches',
  labels: {
    singular: label('Sendebolk', 'Send batch'),
    plural: label('Sendebolkar', 'Send batches'),
  },
  admin: {
    useAsTitle: 'idempotencyKey',
    defaultColumns: ['newsletter', 'index', 'status', 'size', 'attempts'],
    group: staticLabel('System', 'System'),
  },
  access: {
    read: isEditorOrAdmin,
    create: () => false,
    update: () => false,
    delete: isEditorOrAdmin,
  },
  fields: [
    {
      name: 'newsletter',
      type: 'relationship',
      relationTo: 'newsletters',
      required: true,
      index: true,
      label: label('Nyheitsbrev', 'Newsletter issue'),
    },
    { name: 'index', type: 'number', required: true, label: label('Nummer', 'Number') },
    {
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      label: label('Idempotensnøkkel', 'Idempotency key'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      // uncertain: maybe accepted by Resend, but its key is older than Resend's 24 h window, so a
      // re-send could deliver twice: the editor decides (send those again, or count them as sent).
      label: label('Status', 'Status'),
      options: [
        { value: 'pending', label: label('Ventar', 'Pending') },
        { value: 'submitting', label: label('Blir levert', 'Submitting') },
        { value: 'submitted', label: label('Levert til Resend', 'Submitted') },
        { value: 'failed', label: label('Feila', 'Failed') },
        { value: 'uncertain', label: label('Uvisst om sendt', 'Uncertain') },
      ],
    },
    { name: 'size', type: 'number', required: true, label: label('Tal mottakarar', 'Size') },
    /** [{ subscriberId, email, locale, topics: number[] }]: the snapshot taken at prepare time. */
    { name: 'recipients', type: 'json', required: true, label: label('Mottakarar', 'Recipients') },
    /** Resend's ids for the batch's emails, in recipient order. */
    { name: 'resendIds', type: 'json', label: label('Resend-ID-ar', 'Resend ids') },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('Forsøk', 'Attempts') },
    /** When its key was first sent: Resend forgets a key 24 h after. */
    {
      name: 'firstAttemptAt',
      type: 'date',
      label: label('Første forsøk', 'First attempt at'),
      admin: recordedTimeAdmin,
    },
    /** An attempt got no clear answer (timeout, 5xx, a crash mid-call): Resend may have it. */
    {
      name: 'maybeSent',
      type: 'checkbox',
      defaultValue: false,
      label: label('Kan vere sendt', 'Maybe sent'),
    },
    /** [{ id, email, reason }]: addresses Resend refused (422), taken out of the batch. */
    { name: 'refused', type: 'json', label: label('Avviste adresser', 'Refused addresses') },
    { name: 'lastError', type: 'text', label: label('Siste feil', 'Last error') },
    {
      name: 'submittedAt',
      type: 'date',
      label: label('Levert', 'Submitted at'),
      admin: recordedTimeAdmin,
    },
  ],
}
