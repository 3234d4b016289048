import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { seed, type SeedResult } from '.'
import type { Media } from '../payload-types'
import { LOGO_ALT } from './logo'
import { adminLoginFile } from './users'

let cms: TestCms
let first: SeedResult
const dataDir = process.env.DATA_DIR!

const counts = async () => {
  const out: Record<string, number> = {}
  for (const c of [
    'users',
    'media',
    'topics',
    'articles',
    'events',
    'providers',
    'courses',
    'businesses',
    'subscribers',
    'newsletters',
  ] as const) {
    out[c] = (await cms.payload.count({ collection: c })).totalDocs
  }
  return out
}

beforeAll(async () => {
  cms = await testCms()
  first = await seed(cms.payload, { appEnv: 'development', dataDir })
}, 300_000)

describe('demo content', () => {
  it('is a believable Vinje: articles, events, courses, providers, businesses, subscribers in every status', async () => {
    const c = await counts()
    expect(c.articles).toBeGreaterThanOrEqual(14)
    expect(c.events).toBeGreaterThanOrEqual(9)
    expect(c.courses).toBeGreaterThanOrEqual(11)
    expect(c.providers).toBeGreaterThanOrEqual(5)
    expect(c.businesses).toBeGreaterThanOrEqual(28)
    expect(c.newsletters).toBe(1)
    const statuses = new Set(
      (await cms.payload.find({ collection: 'subscribers', limit: 100 })).docs.map((s) => s.status),
    )
    expect([...statuses].sort()).toEqual([
      'bounced',
      'complained',
      'confirmed',
      'unconfirmed',
      'unsubscribed',
    ])
    const roles = new Set(
      (await cms.payload.find({ collection: 'users', limit: 100 })).docs.flatMap((u) => u.roles),
    )
    expect([...roles].sort()).toEqual(['admin', 'advisor', 'editor'])
  })

  it('gives every seeded advisor guidance topics, so requests go by topic', async () => {
    const advisors = (
      await cms.payload.find({ collection: 'users', where: { roles: { in: ['advisor'] } } })
    ).docs
    expect(advisors.length).toBeGreaterThan(1)
    for (const a of advisors) expect(a.guidanceTopics?.length).toBeGreaterThan(0)
    const covered = new Set(advisors.flatMap((a) => a.guidanceTopics ?? []))
    expect(covered).toContain('funding')
    expect(covered).toContain('start-business')
  })

  it('has a dialogue meeting and the annual business day among the events', async () => {
    const kinds = (
      await cms.payload.find({ collection: 'events', limit: 100, draft: true })
    ).docs.map((e) => e.kind)
    expect(kinds).toContain('dialogue-meeting')
    expect(kinds).toContain('business-day')
  })

  it('has an upcoming, published dialogue meeting with sign-up on the site and a small capacity', async () => {
    const meeting = (
      await cms.payload.find({
        collection: 'events',
        where: {
          and: [
            { kind: { equals: 'dialogue-meeting' } },
            { 'registration.method': { equals: 'site' } },
            { _status: { equals: 'published' } },
          ],
        },
      })
    ).docs[0]
    expect(new Date(meeting.startsAt).getTime()).toBeGreaterThan(Date.now())
    expect(meeting.capacity).toBeLessThanOrEqual(10)
    expect(meeting.signupStatus?.state).toBe('open')
  })

  it('has a course the office runs itself, open for sign-up on the site, with a workload', async () => {
    const course = (
      await cms.payload.find({
        collection: 'courses',
        where: {
          and: [
            { runByOffice: { equals: true } },
            { 'registration.method': { equals: 'site' } },
            { _status: { equals: 'published' } },
          ],
        },
      })
    ).docs[0]
    expect(course.capacity).toBeGreaterThan(0)
    expect(new Date(course.sessions![0].startsAt).getTime()).toBeGreaterThan(Date.now())
    expect(course.signupStatus?.state).toBe('open')
    expect(course.signupStatus?.placesLeft).toBe(course.capacity)
    // Every published course says how much time it takes, self-paced ones too.
    const published = await cms.payload.find({
      collection: 'courses',
      where: { _status: { equals: 'published' } },
      pagination: false,
    })
    for (const c of published.docs) expect(c.workload?.hours, c.title).toBeGreaterThan(0)
  })

  it('gives the site a logo of its own (an SVG mark, alt text in both languages) and prices to events', async () => {
    const settings = await cms.payload.findGlobal({ slug: 'site-settings', depth: 1 })
    const logo = settings.logo as Media
    expect(logo.mimeType).toBe('image/svg+xml')
    expect(logo.width).toBeGreaterThan(0)
    expect(logo.height).toBeGreaterThan(0)
    const en = await cms.payload.findByID({ collection: 'media', id: logo.id, locale: 'en' })
    expect([logo.alt, en.alt]).toEqual([LOGO_ALT.nn, LOGO_ALT.en])
    const svg = await (
      await cms.rest(new URL(logo.url!, 'http://x').pathname.replace(/^\/api/, ''))
    ).text()
    expect(svg).toContain('<svg')
    const paid = await cms.payload.find({
      collection: 'events',
      where: { 'price.free': { equals: false } },
      locale: 'en',
    })
    expect(paid.docs.length).toBeGreaterThan(0)
    expect(paid.docs[0].price?.amountNok).toBeGreaterThan(0)
    expect(paid.docs[0].price?.note).toMatch(/included/)
  })

  it('has English versions of the public texts', async () => {
    const nn = await cms.payload.find({
      collection: 'articles',
      locale: 'nn',
      limit: 1,
      sort: '-publishedAt',
    })
    const en = await cms.payload.findByID({
      collection: 'articles',
      id: nn.docs[0].id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(en.title).toBeTruthy()
    expect(en.title).not.toBe(nn.docs[0].title)
  })

  it('creates a development admin login that works, and writes it for npm start to print', async () => {
    expect(first.adminLogin?.email).toBe('admin@vinje.example')
    const saved = JSON.parse(fs.readFileSync(adminLoginFile(dataDir), 'utf8'))
    expect(saved.password).toBe(first.adminLogin?.password)
    const res = await cms.rest('/users/login', { method: 'POST', body: JSON.stringify(saved) })
    expect(res.status).toBe(200)
  })

  it('running it twice duplicates nothing', async () => {
    const before = await counts()
    const second = await seed(cms.payload, { appEnv: 'development', dataDir })
    expect(await counts()).toEqual(before)
    expect(Object.values(second.tally).every((t) => t.created === 0)).toBe(true)
    expect(second.adminLogin).toBeUndefined()
  })
})
