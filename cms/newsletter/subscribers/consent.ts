/**
 * Every consent change lands in the subscriber's consentLog: when, what, how (Datatilsynet asks
 * that consent be documented and as easy to withdraw as to give).
 */
import { randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import type { Subscriber } from '../../payload-types'
import { inTransaction } from '../../transaction'

export interface ConsentEntry {
  action:
    | 'subscribe-requested'
    | 'confirmed'
    | 'unsubscribed'
    | 'resubscribed'
    | 'preferences-changed'
    | 'bounced'
    | 'complained'
    | 'refused'
  /** The channel: signup-form, api, confirm-link, one-click, unsubscribe-page, preference-centre, resend-webhook. */
  via: string
  detail?: string
}

/**
 * Appends to the log and applies `data`, in one transaction with a fresh read of the log: two
 * changes at once (a bounce webhook and an unsubscribe click) must both land, neither overwrite
 * the other's entry.
 */
export async function recordConsentChange(
  payload: Payload,
  subscriber: Pick<Subscriber, 'id'>,
  entry: ConsentEntry,
  data: Partial<Subscriber> = {},
  at = new Date(),
  req?: Partial<PayloadRequest>,
) {
  return inTransaction(
    payload,
    async (tx) => {
      const current = await payload.findByID({
        collection: 'subscribers',
        id: subscriber.id,
        depth: 0,
        showHiddenFields: true,
        req: tx,
      })
      const log = [
        ...(current.consentLog ?? []),
        { at: at.toISOString(), action: entry.action, via: entry.via, detail: entry.detail },
      ]
      return payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { ...data, consentLog: log },
        depth: 0,
        showHiddenFields: true,
        req: tx,
      })
    },
    req as Partial<PayloadRequest> & { transactionID?: string | number },
  )
}

/**
 * The provider refused the address itself (422: not a deliverable address): no email will reach
 * it, so it is suppressed like a bounce, with the provider's reason in the log. Written below the
 * field validation: the stored address is often invalid by our rules too (that is why Resend
 * refused it), and that must not keep it in the list.
 */
export async function suppressRefused(
  payload: Payload,
  subscriberId: string | number,
  reason: string,
  req?: Partial<PayloadRequest>,
) {
  await inTransaction(
    payload,
    async (tx) => {
      const found = await payload.find({
        collection: 'subscribers',
        where: { id: { equals: subscriberId } },
        limit: 1,
        depth: 0,
        showHiddenFields: true,
        req: tx,
      })
      const subscriber = found.docs[0]
      if (!subscriber || subscriber.status !== 'confirmed') return
      const entry = {
        // Below the field layer, the array row's id is ours to make (Payload's form: 24 hex).
        id: randomBytes(12).toString('hex'),
        at: new Date().toISOString(),
        action: 'refused',
        via: 'resend-refused',
        detail: reason.slice(0, 300),
      }
      await payload.db.updateOne({
        collection: 'subscribers',
        id: subscriber.id,
        data: {
          ...subscriber,
          status: 'bounced',
          consentLog: [...(subscriber.consentLog ?? []), entry],
        },
        req: tx,
        returning: false,
      })
    },
    req as Partial<PayloadRequest> & { transactionID?: string | number },
  )
}
