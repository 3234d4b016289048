/**
 * The public site built from a seeded CMS: every page type, both languages, drafts and staff-only
 * data kept out, calendar and RSS files that real parsers accept with the right Oslo times.
 */
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../cms/seed'
import { businesses } from '../cms/seed/data/businesses'
import { subscribers } from '../cms/seed/data/subscribers'
import { richText } from '../cms/seed/richText'
import { fromOsloWallClock } from '../cms/time/oslo'
import { testCms, type TestCms } from './helpers/cms'
import { allText, buildTestSite, dataDir, exists, read, startCmsServer } from './helpers/site'

let cms: TestCms
let server: Awaited<ReturnType<typeof startCmsServer>>
let out: string
let unpublishId: number

// 28 March 2027 is the night Oslo moves to summer time (CET → CEST).
const BEFORE_DST = fromOsloWallClock(2027, 3, 27, 10, 0).toISOString()
const AFTER_DST = fromOsloWallClock(2027, 3, 29, 10, 0).toISOString()

beforeAll(async () => {
  cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: dataDir() })
  const { payload } = cms
  await payload.create({ collection: 'articles', draft: true, data: { title: 'Hemmeleg utkast om fusjon', _status: 'draft' } })
  const a = await payload.create({ collection: 'articles', locale: 'nn', data: { title: 'Sak som skal avpubliserast', excerpt: 'Snart borte', _status: 'published' } })
  unpublishId = a.id
  await payload.create({ collection: 'articles', locale: 'nn', data: { title: 'Berre på nynorsk', slug: 'berre-pa-nynorsk', _status: 'published' } })
  for (const [title, startsAt] of [['Vintertid-møte', BEFORE_DST], ['Sommartid-møte', AFTER_DST]]) {
    const e = await payload.create({
      collection: 'events',
      locale: 'nn',
      data: { title, kind: 'network-meeting', startsAt, endsAt: new Date(new Date(startsAt).getTime() + 2 * 3600_000).toISOString(), venue: 'Vinje rådhus', description: richText(['Velkomen']) as never, _status: 'published' },
    })
    await payload.update({ collection: 'events', id: e.id, locale: 'en', data: { title: `${title} (en)`, _status: 'published' } })
  }
  server = await startCmsServer()
  out = (await buildTestSite(server.url, 'first')).outDir
}, 300_000)

afterAll(async () => {
  await server?.close()
})

describe('every page type, in Nynorsk and English', () => {
  const pages = [
    ['index.html', 'en/index.html'],
    ['nyheiter/index.html', 'en/news/index.html'],
    ['arrangement/index.html', 'en/events/index.html'],
    ['arrangement/tidlegare/index.html', 'en/events/past/index.html'],
    ['kurs/index.html', 'en/courses/index.html'],
    ['tilbydarar/index.html', 'en/providers/index.html'],
    ['bedrifter/index.html', 'en/businesses/index.html'],
    ['kontakt/index.html', 'en/contact/index.html'],
    ['nyheitsbrev/index.html', 'en/newsletter/index.html'],
    ['nyheitsbrev/takk/index.html', 'en/newsletter/thanks/index.html'],
    ['tilgjengelegheit/index.html', 'en/accessibility/index.html'],
    ['sok/index.html', 'en/search/index.html'],
    ['tema/reiseliv/index.html', 'en/topics/reiseliv/index.html'],
    ['rss.xml', 'en/rss.xml'],
    ['arrangement/kalender.ics', 'en/events/calendar.ics'],
    ['kunnskap/index.html', 'en/knowledge/index.html'],
    ['tilskot/index.html', 'en/funding/index.html'],
    ['behov/index.html', 'en/needs/index.html'],
    ['behov/takk/index.html', 'en/needs/thanks/index.html'],
  ]
  it.each(pages)('%s and %s exist', (nn, en) => {
    expect(exists(out, nn)).toBe(true)
    expect(exists(out, en)).toBe(true)
  })

  it('has a 404 page, a sitemap with both languages, and a search index', () => {
    expect(exists(out, '404.html')).toBe(true)
    const sitemap = read(out, 'sitemap.xml')
    expect(sitemap).toContain('/nyheiter/')
    expect(sitemap).toMatch(/hreflang="en" href="[^"]+\/en\/news\//)
    expect(exists(out, 'pagefind/pagefind.js')).toBe(true)
  })

  it('shows the seeded content: home lists news, events, courses, contact people and the signup form', async () => {
    const latest = await cms.payload.find({ collection: 'articles', sort: '-publishedAt', limit: 1, locale: 'nn', where: { _status: { equals: 'published' } } })
    const home = read(out, 'index.html')
    expect(home).toContain(latest.docs[0].title)
    expect(home).toContain('Kommande arrangement')
    expect(home).toContain('Kurs med open påmelding')
    expect(home).toMatch(/<form[^>]+method="post"[^>]+action="[^"]+\/api\/newsletter\/subscribe"/)
    const people = await cms.payload.find({ collection: 'users', where: { showOnContactPage: { equals: true } } })
    for (const p of people.docs) expect(read(out, 'kontakt/index.html')).toContain(p.name)
  })

  it('renders an article with hero image (alt text, width/height, lazy), body, topics, author, date and JSON-LD', async () => {
    const withImage = await cms.payload.find({ collection: 'articles', where: { heroImage: { exists: true }, _status: { equals: 'published' } }, locale: 'nn', limit: 1, depth: 1 })
    const a = withImage.docs[0]
    const html = read(out, `nyheiter/${a.slug}/index.html`)
    expect(html).toContain(`<h1>${a.title}</h1>`)
    const hero = a.heroImage as { alt: string }
    const heroTag = html.match(new RegExp(`<img[^>]*alt="${hero.alt}"[^>]*>`))?.[0] ?? ''
    expect(heroTag).toMatch(/ width="\d+"/)
    expect(heroTag).toMatch(/ height="\d+"/)
    expect(heroTag).toMatch(/ loading="eager"/)
    expect(html).toMatch(/srcset="[^"]*\/_astro\/[^"]+\.webp 400w/)
    expect(html).toContain('"@type":"NewsArticle"')
    expect(html).toMatch(/hreflang="en"/)
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*>/)
  })

  it('has the English page for every article with English text, and none for Nynorsk-only ones', async () => {
    const list = await cms.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, locale: 'en', fallbackLocale: false, limit: 100 })
    for (const a of list.docs) {
      if (a.title) expect(exists(out, `en/news/${a.slug}/index.html`), a.title).toBe(true)
    }
    expect(exists(out, 'nyheiter/berre-pa-nynorsk/index.html')).toBe(true)
    expect(exists(out, 'en/news/berre-pa-nynorsk/index.html')).toBe(false)
  })

  it('marks cancelled events instead of removing them, and shows Oslo times', async () => {
    const cancelled = await cms.payload.find({ collection: 'events', where: { cancelled: { equals: true }, _status: { equals: 'published' } }, locale: 'nn', limit: 1 })
    const html = read(out, `arrangement/${cancelled.docs[0].slug}/index.html`)
    expect(html).toContain('Dette arrangementet er avlyst.')
    expect(read(out, 'arrangement/index.html')).toContain(cancelled.docs[0].title)
    expect(read(out, 'arrangement/vintertid-mote/index.html')).toContain('10:00')
    expect(read(out, 'arrangement/sommartid-mote/index.html')).toContain('10:00')
  })

  it('keeps past courses out of the catalogue but keeps their pages', async () => {
    const all = await cms.payload.find({ collection: 'courses', where: { _status: { equals: 'published' } }, locale: 'nn', limit: 100 })
    const past = all.docs.filter((c) => c.sessions?.length && c.sessions.every((s) => new Date(s.endsAt ?? s.startsAt) < new Date()))
    expect(past.length).toBeGreaterThan(0)
    const catalogue = read(out, 'kurs/index.html')
    for (const c of past) expect(catalogue).not.toContain(`/kurs/${c.slug}/`)
    const current = all.docs.find((c) => !past.includes(c))!
    expect(catalogue).toContain(`/kurs/${current.slug}/`)
  })

  it('lists only listed businesses in the directory', async () => {
    const html = read(out, 'bedrifter/index.html')
    for (const b of businesses) {
      if (b.listed) expect(html).toContain(b.name.replace(/&/g, '&amp;'))
      else expect(html).not.toContain(b.name.replace(/&/g, '&amp;'))
    }
  })
})

describe('knowledge base', () => {
  it('shows the register numbers: total, by industry section, by size, by year, as SVG charts with tables', async () => {
    const all = await cms.payload.find({ collection: 'businesses', pagination: false, depth: 0 })
    const active = all.docs.filter((b) => (b.registerStatus ?? 'active') === 'active')
    const html = read(out, 'kunnskap/index.html')
    expect(html).toContain(`<span data-total>${active.length}</span>`)
    expect((html.match(/<svg[^>]+role="img"/g) ?? []).length).toBe(3)
    const sizeRows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1], Number(m[2])])
    const small = active.filter((b) => (b.employees ?? -1) >= 1 && (b.employees ?? -1) <= 4).length
    expect(sizeRows).toContainEqual(['1–4 tilsette', small])
    const year = new Date(active[0].registeredAt!).getUTCFullYear()
    if (new Date().getUTCFullYear() - year < 15) {
      const inYear = active.filter((b) => new Date(b.registeredAt!).getUTCFullYear() === year).length
      expect(sizeRows).toContainEqual([String(year), inYear])
    }
  })
})

describe('what must never be published', () => {
  it('no draft appears anywhere', () => {
    for (const { file, text } of allText(out)) expect(text, file).not.toContain('Hemmeleg utkast')
  })

  it('no staff-only field (plan, needs, meeting log) and no subscriber address appears anywhere', () => {
    const secrets = [
      ...businesses.flatMap((b) => [...(b.plan ?? []).flatMap((g) => [g.goal, ...g.actions.map((a) => a.text)]), ...(b.needs ?? []).map((n) => n.note), ...(b.meetings ?? []).map((m) => m.summary)]),
      ...subscribers.map((s) => s.email),
    ].filter((x) => x.length > 12)
    expect(secrets.length).toBeGreaterThan(20)
    const files = allText(out)
    for (const secret of secrets) for (const { file, text } of files) expect(text.includes(secret), `${secret} in ${file}`).toBe(false)
  })
})

describe('calendar files', () => {
  const parse = (ics: string) => {
    const comp = new ICAL.Component(ICAL.parse(ics))
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz))
    return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  }

  it('carry Oslo times that stay right across the change to summer time', () => {
    const [winter] = parse(read(out, 'arrangement/vintertid-mote.ics'))
    const [summer] = parse(read(out, 'arrangement/sommartid-mote.ics'))
    expect(winter.startDate.toJSDate().toISOString()).toBe(BEFORE_DST)
    expect(summer.startDate.toJSDate().toISOString()).toBe(AFTER_DST)
    expect(BEFORE_DST).toBe('2027-03-27T09:00:00.000Z')
    expect(AFTER_DST).toBe('2027-03-29T08:00:00.000Z')
    expect(winter.startDate.hour).toBe(10)
    expect(summer.startDate.hour).toBe(10)
    expect(winter.startDate.zone?.tzid).toBe('Europe/Oslo')
  })

  it('the feed holds the upcoming events, cancelled ones marked CANCELLED', async () => {
    const events = parse(read(out, 'arrangement/kalender.ics'))
    const upcoming = await cms.payload.find({ collection: 'events', where: { _status: { equals: 'published' }, startsAt: { greater_than: new Date().toISOString() } }, limit: 100 })
    expect(events.length).toBe(upcoming.totalDocs)
    const cancelled = events.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED')
    expect(cancelled.length).toBeGreaterThan(0)
    expect(cancelled[0].summary).toMatch(/^AVLYST: /)
  })
})

describe('RSS', () => {
  it('parses, per language, with the articles and their dates', async () => {
    const parser = new XMLParser()
    const nn = parser.parse(read(out, 'rss.xml')).rss.channel
    const en = parser.parse(read(out, 'en/rss.xml')).rss.channel
    expect(nn.language).toBe('nn-NO')
    const latest = await cms.payload.find({ collection: 'articles', sort: '-publishedAt', limit: 1, locale: 'nn', where: { _status: { equals: 'published' } } })
    expect(nn.item[0].title).toBe(latest.docs[0].title)
    expect(new Date(nn.item[0].pubDate).toISOString()).toBe(new Date(latest.docs[0].publishedAt!).toISOString().replace(/\.\d{3}Z$/, '.000Z'))
    expect(en.item.some((i: { link: string }) => i.link.includes('/en/news/'))).toBe(true)
  })
})

describe('rebuilding', () => {
  it('an unpublished article disappears on the next build, which fetches only what changed', async () => {
    const before = await cms.payload.findByID({ collection: 'articles', id: unpublishId, locale: 'nn' })
    expect(exists(out, `nyheiter/${before.slug}/index.html`)).toBe(true)
    await cms.payload.update({ collection: 'articles', id: unpublishId, data: { _status: 'draft' } })
    const rebuilt = await buildTestSite(server.url, 'second')
    const next = rebuilt.outDir
    // The incremental loader fetched nothing unchanged and dropped the unpublished article.
    expect(rebuilt.log.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/articles: \d+ public, 0 changed, 1 removed since/)
    expect(exists(next, `nyheiter/${before.slug}/index.html`)).toBe(false)
    expect(read(next, 'nyheiter/index.html')).not.toContain('Sak som skal avpubliserast')
    expect(exists(next, 'nyheiter/berre-pa-nynorsk/index.html')).toBe(true)
  })
})
