/**
 * Every consent change lands in the subscriber's consentLog: when, what, how (Datatilsynet asks
 * that consent be documented and as easy to withdraw as to give).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Subscriber } from '../../payload-types'

export interface ConsentEntry {
  action:
    | 'subscribe-requested'
    | 'confirmed'
    | 'unsubscribed'
    | 'resubscribed'
    | 'preferences-changed'
    | 'bounced'
    | 'complained'
  /** The channel: signup-form, api, confirm-link, one-click, unsubscribe-page, preference-centre, resend-webhook. */
  via: string
  detail?: string
}

export async function recordConsentChange(
  payload: Payload,
  subscriber: Subscriber,
  entry: ConsentEntry,
  data: Partial<Subscriber> = {},
  at = new Date(),
  req?: Partial<PayloadRequest>,
) {
  const log = [...(subscriber.consentLog ?? []), { at: at.toISOString(), action: entry.action, via: entry.via, detail: entry.detail }]
  return payload.update({ collection: 'subscribers', id: subscriber.id, data: { ...data, consentLog: log }, depth: 0, showHiddenFields: true, req })
}
