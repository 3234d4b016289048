/**
 * A subscriber's right of access and right to erasure: everything stored about them as JSON, and
 * erasing it. Besides the subscriber record, their address sits in send batches (who an issue went
 * to) and in webhook events (delivery reports); export includes those, erasure scrubs them.
 */
import type { Payload } from 'payload'

import type { NewsletterBatch, Subscriber, Topic } from '../../payload-types'
import { inTransaction, type TransactionReq } from '../../transaction'

interface StoredRecipient {
  id: string
  email: string
  [k: string]: unknown
}

/** Batches whose recipient list names the subscriber (scanned: works on every database). */
async function batchesWith(
  payload: Payload,
  subscriberId: string,
  req?: TransactionReq,
): Promise<NewsletterBatch[]> {
  const out: NewsletterBatch[] = []
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: 'newsletter-batches',
      limit: 100,
      page,
      depth: 0,
      sort: 'id',
      req,
    })
    out.push(
      ...found.docs.filter((b) =>
        (b.recipients as StoredRecipient[]).some((r) => r.id === subscriberId),
      ),
    )
    if (!found.hasNextPage) return out
  }
}

export async function exportPersonalData(payload: Payload, subscriber: Subscriber) {
  const id = String(subscriber.id)
  const full = await payload.findByID({
    collection: 'subscribers',
    id: subscriber.id,
    depth: 1,
    locale: 'nn',
  })
  const batches = await batchesWith(payload, id)
  const events = await payload.find({
    collection: 'webhook-events',
    where: { subscriber: { equals: subscriber.id } },
    pagination: false,
    depth: 0,
  })
  return {
    exportedAt: new Date().toISOString(),
    subscriber: {
      email: full.email,
      name: full.name ?? null,
      status: full.status,
      locale: full.locale,
      topics: (full.topics ?? []).map((t) =>
        typeof t === 'object' ? { slug: (t as Topic).slug, name: (t as Topic).name } : { id: t },
      ),
      consent: full.consent ?? null,
      confirmedAt: full.confirmedAt ?? null,
      unsubscribedAt: full.unsubscribedAt ?? null,
      consentLog: (full.consentLog ?? []).map(({ at, action, via, detail }) => ({
        at,
        action,
        via,
        detail: detail ?? null,
      })),
      createdAt: full.createdAt,
      updatedAt: full.updatedAt,
    },
    newslettersSentToYou: batches
      .filter((b) => b.status === 'submitted')
      .map((b) => ({
        issue: typeof b.newsletter === 'object' ? b.newsletter.id : b.newsletter,
        submittedAt: b.submittedAt ?? null,
      })),
    deliveryEvents: events.docs.map((e) => ({ type: e.type, receivedAt: e.receivedAt })),
  }
}

/**
 * Deletes the subscriber and scrubs their address elsewhere, in one transaction (an erasure cut
 * off half-way would leave the address in some places and no subscriber to erase it through). A
 * batch not yet sent simply loses them; a sent batch keeps a placeholder so the issue's counts
 * stay right. Batches being sent right now are left for the sender to finish (their body must not
 * change mid-send).
 */
export function erasePersonalData(payload: Payload, subscriber: Subscriber) {
  return inTransaction(payload, (req) => eraseWithin(payload, subscriber, req))
}

async function eraseWithin(payload: Payload, subscriber: Subscriber, req: TransactionReq) {
  const id = String(subscriber.id)
  for (const batch of await batchesWith(payload, id, req)) {
    const recipients = batch.recipients as StoredRecipient[]
    if (batch.status === 'pending') {
      const kept = recipients.filter((r) => r.id !== id)
      await payload.update({
        collection: 'newsletter-batches',
        id: batch.id,
        data: { recipients: kept, size: kept.length },
        depth: 0,
        req,
      })
    } else if (batch.status === 'submitted') {
      const scrubbed = recipients.map((r) =>
        r.id === id ? { id: 'erased', email: 'erased', locale: r.locale, topics: [] } : r,
      )
      await payload.update({
        collection: 'newsletter-batches',
        id: batch.id,
        data: { recipients: scrubbed },
        depth: 0,
        req,
      })
    }
  }
  const events = await payload.find({
    collection: 'webhook-events',
    where: { subscriber: { equals: subscriber.id } },
    pagination: false,
    depth: 0,
    select: { type: true },
    req,
  })
  for (const e of events.docs)
    await payload.update({
      collection: 'webhook-events',
      id: e.id,
      data: { payload: null, subscriber: null },
      depth: 0,
      req,
    })
  await payload.delete({ collection: 'subscribers', id: subscriber.id, depth: 0, req })
}
