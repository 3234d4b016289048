/** Seeds the public content: topics, images, providers, courses, articles and events, in nn and en. */
import type { Locale } from '../../common/locales'
import type { Payload } from 'payload'

import { articles } from './data/articles'
import { courses } from './data/courses'
import { events } from './data/events'
import { providers } from './data/providers'
import { topics } from './data/topics'
import { at, dayOnly, hoursAfter } from './dates'
import { ensure, type SeedTally } from './ensure'
import { demoImage, type ImageKey } from './images'
import { richText } from './richText'

type Id = number | string
export type Refs = {
  topics: Map<string, Id>
  users: Map<string, Id>
  providers: Map<string, Id>
  images: Map<ImageKey, Id>
}

const status = (draft?: boolean) => (draft ? 'draft' : 'published') as 'draft' | 'published'
const ids = (map: Map<string, Id>, keys: string[]) =>
  keys.map((k) => map.get(k)).filter((v): v is Id => v !== undefined) as number[]

/** Creates a document in Nynorsk, then adds its English texts: the order editors work in. */
async function createBilingual(
  payload: Payload,
  collection: 'articles' | 'events' | 'courses' | 'providers' | 'topics' | 'media',
  shared: Record<string, unknown>,
  nn: Record<string, unknown>,
  en: Record<string, unknown>,
  draft?: boolean,
) {
  const created = await payload.create({
    collection,
    locale: 'nn',
    draft,
    data: { ...shared, ...nn } as never,
  })
  await payload.update({
    collection,
    id: created.id,
    locale: 'en',
    draft,
    data: { ...en, ...('_status' in shared ? { _status: shared._status } : {}) } as never,
  })
  return created
}

export async function seedTopics(payload: Payload, tally: SeedTally) {
  const map = new Map<string, Id>()
  for (const t of topics) {
    const doc = await ensure(payload, tally, 'topics', { slug: { equals: t.slug } }, () =>
      createBilingual(
        payload,
        'topics',
        { slug: t.slug },
        { name: t.name.nn, description: t.description.nn },
        { name: t.name.en, description: t.description.en },
      ),
    )
    map.set(t.slug, doc.id)
  }
  return map
}

export async function seedImages(payload: Payload, tally: SeedTally) {
  const map = new Map<ImageKey, Id>()
  for (const key of ['mountains', 'meeting', 'farm', 'workshop', 'ski', 'office'] as ImageKey[]) {
    const doc = await ensure(payload, tally, 'media', { filename: { like: key } }, async () => {
      const image = await demoImage(key)
      const created = await payload.create({
        collection: 'media',
        locale: 'nn',
        data: { alt: image.alt.nn, credit: 'Næringshub demo' },
        file: image.file,
      })
      await payload.update({
        collection: 'media',
        id: created.id,
        locale: 'en',
        data: { alt: image.alt.en },
      })
      return created
    })
    map.set(key, doc.id)
  }
  return map
}

export async function seedProviders(
  payload: Payload,
  tally: SeedTally,
  refs: Pick<Refs, 'topics'>,
) {
  const map = new Map<string, Id>()
  for (const p of providers) {
    const doc = await ensure(payload, tally, 'providers', { slug: { equals: p.slug } }, () =>
      createBilingual(
        payload,
        'providers',
        {
          name: p.name,
          slug: p.slug,
          kind: p.kind,
          topics: ids(refs.topics, p.topics),
          website: p.website,
          contact: p.contact,
        },
        { description: richText(p.description.nn) },
        { description: richText(p.description.en) },
      ),
    )
    map.set(p.slug, doc.id)
  }
  return map
}

export async function seedCourses(payload: Payload, tally: SeedTally, refs: Refs) {
  for (const c of courses) {
    await ensure(payload, tally, 'courses', { slug: { equals: c.slug.nn } }, () => {
      const sessions = c.sessions.map((s) => {
        const startsAt = at(s.daysFromNow, s.time)
        return {
          startsAt,
          startsAt_tz: 'Europe/Oslo',
          endsAt: hoursAfter(startsAt, s.hours),
          endsAt_tz: 'Europe/Oslo',
        }
      })
      const sessionHours = c.sessions.reduce((sum, s) => sum + s.hours, 0)
      const shared = {
        _status: status(c.draft),
        provider: refs.providers.get(c.provider),
        topics: ids(refs.topics, c.topics),
        format: c.format,
        level: c.level,
        sessions,
        workload: c.workload ?? { hours: sessionHours, per: 'total' as const },
        price: c.price,
        language: c.language,
        signupUrl: c.signupUrl,
        ...(c.officeSignup
          ? {
              runByOffice: true,
              capacity: c.officeSignup.capacity,
              registration: {
                method: 'site' as const,
                waitlist: c.officeSignup.waitlist,
                questions: {
                  orgNumber: 'optional' as const,
                  phone: 'optional' as const,
                  dietary: 'off' as const,
                  accessibility: 'optional' as const,
                  message: 'optional' as const,
                },
              },
            }
          : {}),
        signupDeadline:
          c.signupDeadlineDaysFromNow === null ? null : dayOnly(c.signupDeadlineDaysFromNow),
      }
      const text = (l: Locale) => ({
        title: c.title[l],
        slug: c.slug[l],
        location: c.location[l],
        targetGroup: c.targetGroup[l],
        description: richText(c.description[l]),
      })
      return createBilingual(payload, 'courses', shared, text('nn'), text('en'), c.draft)
    })
  }
}

export async function seedArticles(payload: Payload, tally: SeedTally, refs: Refs) {
  for (const a of articles) {
    await ensure(payload, tally, 'articles', { slug: { equals: a.slug.nn } }, () => {
      const shared = {
        _status: status(a.draft),
        topics: ids(refs.topics, a.topics),
        author: refs.users.get(a.author),
        heroImage: a.image ? refs.images.get(a.image) : undefined,
        publishedAt: a.draft ? undefined : at(-a.daysAgo, '08:30'),
      }
      const text = (l: Locale) => ({
        title: a.title[l],
        slug: a.slug[l],
        excerpt: a.excerpt[l],
        body: richText(a.body[l]),
      })
      return createBilingual(payload, 'articles', shared, text('nn'), text('en'), a.draft)
    })
  }
}

export async function seedEvents(payload: Payload, tally: SeedTally, refs: Refs) {
  for (const e of events) {
    await ensure(payload, tally, 'events', { slug: { equals: e.slug.nn } }, () => {
      const startsAt = at(e.daysFromNow, e.allDay ? '00:00' : e.time)
      const price = { free: e.price?.free ?? true, amountNok: e.price?.amountNok }
      const shared = {
        _status: status(e.draft),
        kind: e.kind,
        startsAt,
        startsAt_tz: 'Europe/Oslo',
        endsAt: hoursAfter(startsAt, e.allDay ? 24 : e.hours),
        endsAt_tz: 'Europe/Oslo',
        allDay: e.allDay ?? false,
        address: e.address,
        onlineUrl: e.onlineUrl,
        capacity: e.capacity,
        price,
        registration: {
          method: e.registration.method,
          url: e.registration.url,
          deadline:
            e.registration.deadlineDaysFromNow === undefined
              ? undefined
              : at(e.registration.deadlineDaysFromNow, '23:59'),
          deadline_tz: 'Europe/Oslo',
          ...(e.registration.method === 'site'
            ? {
                waitlist: e.registration.waitlist ?? true,
                questions: { orgNumber: 'optional' as const, dietary: 'optional' as const },
              }
            : {}),
        },
        cancelled: e.cancelled ?? false,
        topics: ids(refs.topics, e.topics),
      }
      const text = (l: Locale) => ({
        title: e.title[l],
        slug: e.slug[l],
        venue: e.venue[l],
        organiser: e.organiser[l],
        // The price group holds one localized field: each language sends the whole group.
        price: { ...price, note: e.price?.note?.[l] },
        description: richText(e.description[l]),
      })
      return createBilingual(payload, 'events', shared, text('nn'), text('en'), e.draft)
    })
  }
}
