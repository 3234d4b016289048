/**
 * Who gets an issue: confirmed subscribers (never unconfirmed, unsubscribed, bounced or
 * complained) whose topics meet the target topics. Subscribers without topics asked for
 * everything, so they get targeted issues too.
 */
import type { Payload } from 'payload'

import { isLocale } from '../../../common/locales'
import type { Recipient } from '../../../emails/send/types'

const PAGE = 1000
const idOf = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

export async function confirmedRecipients(
  payload: Payload,
  targetTopics: string[],
): Promise<Recipient[]> {
  const out: Recipient[] = []
  const target = new Set(targetTopics)
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: 'subscribers',
      where: { status: { equals: 'confirmed' } },
      sort: 'id',
      limit: PAGE,
      page,
      depth: 0,
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
    if (!found.hasNextPage) return out
  }
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
