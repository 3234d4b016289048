/** Test data for the newsletter: topics, subscribers in every state, a published article or two. */
import type { Payload } from 'payload'

import type { Subscriber } from '../../payload-types'

export async function topic(payload: Payload, slug: string, name = slug) {
  return payload.create({ collection: 'topics', locale: 'nn', data: { name, slug } })
}

export async function subscriber(payload: Payload, data: Partial<Subscriber> & { email: string }) {
  const now = new Date().toISOString()
  return payload.create({
    collection: 'subscribers',
    data: {
      status: 'confirmed',
      locale: 'nn',
      confirmedAt: data.status && data.status !== 'confirmed' ? undefined : now,
      consent: { givenAt: now, method: 'api', wordingVersion: 'test' },
      consentLog: [{ at: now, action: 'created by test', via: 'test' }],
      ...data,
    } as Subscriber,
  })
}

export async function article(
  payload: Payload,
  title: string,
  topics: number[] = [],
  excerpt = `${title}: kort samandrag.`,
) {
  return payload.create({
    collection: 'articles',
    locale: 'nn',
    draft: false,
    data: {
      title,
      excerpt,
      topics,
      _status: 'published',
      publishedAt: new Date().toISOString(),
    } as never,
  })
}

/** The last email the fake accepted for an address. */
export const lastEmailTo = <T extends { to: string[] }>(
  messages: T[],
  address: string,
): T | undefined => messages.filter((m) => m.to.includes(address)).at(-1)

/** The first link in an HTML email whose href contains `part` (entities decoded). */
export function linkIn(html: string | undefined, part: string): string {
  const hrefs = [...(html ?? '').matchAll(/href="([^"]+)"/g)].map((m) =>
    m[1].replaceAll('&amp;', '&'),
  )
  const found = hrefs.find((h) => h.includes(part))
  if (!found) throw new Error(`no link containing ${part}`)
  return found
}
