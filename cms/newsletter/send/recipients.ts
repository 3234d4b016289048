/**
 * Who gets an issue: confirmed subscribers (never unconfirmed, unsubscribed, bounced or
 * complained) whose topics meet the target topics. Subscribers without topics asked for
 * everything, so they get targeted issues too.
 */
import type { Payload } from 'payload'

import type { Subscriber } from '../../payload-types'
import { isLocale } from '../../../common/locales'
import type { Recipient } from '../../../emails/send/types'

const idOf = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

/**
 * One query through the database adapter (SQLite or MongoDB alike), not `payload.find`: for 10,000
 * subscribers the Local API's paging (a count per page) and its field-by-field afterRead pass took
 * 0.5–1 s of the editor's wait before the first batch could go, the adapter's read alone about a
 * third of that. Nothing is lost: subscribers have no read hooks, and what comes back are the stored
 * values (topics as ids), which is all a recipient is.
 */
export async function confirmedRecipients(
  payload: Payload,
  targetTopics: string[],
): Promise<Recipient[]> {
  const out: Recipient[] = []
  const target = new Set(targetTopics)
  const found = await payload.db.find<Pick<Subscriber, 'id' | 'email' | 'locale' | 'topics'>>({
    collection: 'subscribers',
    where: { status: { equals: 'confirmed' } },
    sort: 'id',
    pagination: false,
    limit: 0,
    select: { email: true, locale: true, topics: true },
  })
  for (const s of found.docs) {
    const topics = (s.topics ?? []).map(idOf)
    if (target.size && topics.length && !topics.some((t) => target.has(t))) continue
    out.push({
      id: String(s.id),
      email: s.email,
      locale: isLocale(s.locale) ? s.locale : 'nn',
      topics,
    })
  }
  return out
}

/** The ones of `recipients` still confirmed now: unsubscribes and bounces since prepare count. */
export async function stillConfirmed(
  payload: Payload,
  recipients: Recipient[],
): Promise<Recipient[]> {
  if (!recipients.length) return recipients
  const found = await payload.find({
    collection: 'subscribers',
    where: {
      and: [{ id: { in: recipients.map((r) => r.id) } }, { status: { equals: 'confirmed' } }],
    },
    limit: recipients.length,
    depth: 0,
    pagination: false,
    select: { status: true },
  })
  const ok = new Set(found.docs.map((d) => String(d.id)))
  return recipients.filter((r) => ok.has(r.id))
}
