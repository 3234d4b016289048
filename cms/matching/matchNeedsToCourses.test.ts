/**
 * The broker's matching on the real CMS: topics, providers, courses (published, some in the past
 * or too far ahead) and businesses with needs, then the report and a business's course list.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { courseAvailability, horizonEnd } from './courseAvailability'
import { loadMatchingInput } from './loadMatchingInput'
import { coursesForBusiness, matchNeedsToCourses, type TopicMatch } from './matchNeedsToCourses'
import { matchingReportCsv } from './reportCsv'

const NOW = new Date('2026-11-24T10:00:00.000Z')
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString()

let cms: TestCms
let report: TopicMatch[]
const topic: Record<string, number> = {}
const business: Record<string, number> = {}

beforeAll(async () => {
  cms = await testCms()
  const { payload } = cms
  for (const [slug, name] of [
    ['digitalisering', 'Digitalisering'],
    ['hms', 'HMS'],
    ['rekruttering', 'Rekruttering'],
    ['eksport', 'Eksport'],
  ]) {
    topic[slug] = (await payload.create({ collection: 'topics', data: { name, slug } })).id
  }
  const usn = await payload.create({
    collection: 'providers',
    data: {
      name: 'Universitetet i Søraust-Noreg',
      slug: 'usn',
      kind: 'university',
      topics: [topic.digitalisering, topic.eksport],
    },
  })
  const hmsFirma = await payload.create({
    collection: 'providers',
    data: { name: 'HMS-senteret', slug: 'hms-senteret', kind: 'private', topics: [topic.hms] },
  })
  const lms = await payload.create({
    collection: 'providers',
    data: { name: 'Nettkurs AS', slug: 'nettkurs', kind: 'lms', topics: [topic.digitalisering] },
  })
  const course = (
    title: string,
    provider: number,
    topics: number[],
    extra: Record<string, unknown>,
    status: 'published' | 'draft' = 'published',
  ) =>
    payload.create({
      collection: 'courses',
      draft: status === 'draft',
      data: { title, provider, topics, format: 'classroom', _status: status, ...extra } as never,
    })
  const session = (days: number) => ({ startsAt: day(days), startsAt_tz: 'Europe/Oslo' })
  await course('Digital marknadsføring', usn.id, [topic.digitalisering], {
    sessions: [session(30)],
  })
  await course('Skytenester for små verksemder', lms.id, [topic.digitalisering], {
    format: 'self-paced',
  })
  await course('HMS for leiarar (i fjor)', hmsFirma.id, [topic.hms], {
    sessions: [session(-40)],
    signupDeadline: day(-50),
  })
  await course('HMS for leiarar (om eit år)', hmsFirma.id, [topic.hms], {
    sessions: [session(365)],
  })
  await course('Eksportskulen', usn.id, [topic.eksport], {
    sessions: [session(250)],
    signupDeadline: day(100),
  })
  await course(
    'Rekruttering i distrikta (utkast)',
    usn.id,
    [topic.rekruttering],
    { sessions: [session(20)] },
    'draft',
  )

  const biz = async (
    name: string,
    orgNumber: string,
    needs: [string, 'high' | 'medium' | 'low'][],
    registerStatus = 'active',
  ) => {
    business[name] = (
      await payload.create({
        collection: 'businesses',
        data: {
          name,
          orgNumber,
          registerStatus: registerStatus as 'active',
          needs: needs.map(([t, priority]) => ({
            topic: topic[t],
            priority,
            note: `${name} treng ${t}`,
          })),
        },
      })
    ).id
  }
  await biz('Vinje Bygg AS', '921300018', [
    ['hms', 'high'],
    ['rekruttering', 'high'],
    ['digitalisering', 'low'],
  ])
  await biz('Åmot Røyr AS', '921301006', [
    ['rekruttering', 'medium'],
    ['digitalisering', 'high'],
    ['digitalisering', 'low'],
  ])
  await biz('Totak Fiske AS', '984400004', [['eksport', 'medium']])
  await biz(
    'Gamle Hotellet AS',
    '914100003',
    [
      ['hms', 'high'],
      ['eksport', 'high'],
    ],
    'bankrupt',
  )
  report = matchNeedsToCourses(await loadMatchingInput(cms.payload), NOW)
})

const row = (slug: string) => report.find((r) => r.topic.slug === slug)!

describe('per topic', () => {
  it('counts the active businesses needing it, by priority, most urgent first', () => {
    expect(row('hms').need).toEqual({ high: 1, medium: 0, low: 0, total: 1 })
    expect(row('rekruttering').need).toEqual({ high: 1, medium: 1, low: 0, total: 2 })
    expect(row('rekruttering').businesses.map((b) => [b.name, b.priority])).toEqual([
      ['Vinje Bygg AS', 'high'],
      ['Åmot Røyr AS', 'medium'],
    ])
    // Åmot Røyr lists digitalisation twice: it counts once, at its highest priority.
    expect(row('digitalisering').need).toEqual({ high: 1, medium: 0, low: 1, total: 2 })
  })

  it('offers courses in the next six months and self-paced ones; not past, too distant or draft courses', () => {
    expect(row('digitalisering').courses.map((c) => c.title)).toEqual([
      'Digital marknadsføring',
      'Skytenester for små verksemder',
    ])
    expect(row('digitalisering').courses[0]).toMatchObject({
      providerName: 'Universitetet i Søraust-Noreg',
      availability: { nextDate: day(30) },
    })
    expect(row('hms').courses).toEqual([])
    expect(row('rekruttering').courses).toEqual([])
    // The session is 250 days out, but signup closes within six months: it counts.
    expect(row('eksport').courses.map((c) => c.title)).toEqual(['Eksportskulen'])
  })

  it('lists the providers covering it', () => {
    expect(row('digitalisering').providers.map((p) => p.name)).toEqual([
      'Nettkurs AS',
      'Universitetet i Søraust-Noreg',
    ])
    expect(row('hms').providers.map((p) => p.name)).toEqual(['HMS-senteret'])
    expect(row('rekruttering').providers).toEqual([])
  })

  it('flags a gap where businesses need a topic and no course is on offer, gaps first', () => {
    expect(report.map((r) => [r.topic.slug, r.gap])).toEqual([
      ['rekruttering', true],
      ['hms', true],
      ['digitalisering', false],
      ['eksport', false],
    ])
  })
})

describe('per business', () => {
  it('lists the upcoming courses that fit its needs, most urgent need first', async () => {
    const input = await loadMatchingInput(cms.payload)
    const needsOf = (name: string) => input.businesses.find((b) => b.id === business[name])!
    const royr = coursesForBusiness(needsOf('Åmot Røyr AS'), input, NOW)
    expect(royr.map((c) => [c.title, c.needs.map((n) => `${n.topic.slug}:${n.priority}`)])).toEqual(
      [
        ['Digital marknadsføring', ['digitalisering:high']],
        ['Skytenester for små verksemder', ['digitalisering:high']],
      ],
    )
    expect(coursesForBusiness(needsOf('Totak Fiske AS'), input, NOW).map((c) => c.title)).toEqual([
      'Eksportskulen',
    ])
    expect(coursesForBusiness({ needs: [] }, input, NOW)).toEqual([])
  })
})

describe('course availability', () => {
  it('uses a six-month horizon and keeps a signup deadline open all of its day', () => {
    expect(horizonEnd(NOW).toISOString()).toBe('2027-05-24T10:00:00.000Z')
    expect(
      courseAvailability(
        { signupDeadline: '2026-11-24T11:00:00.000Z' },
        new Date('2026-11-24T20:00:00.000Z'),
      ).available,
    ).toBe(true)
    expect(
      courseAvailability(
        { signupDeadline: '2026-11-23T11:00:00.000Z' },
        new Date('2026-11-24T08:00:00.000Z'),
      ).available,
    ).toBe(false)
    expect(
      courseAvailability({ sessions: [{ startsAt: '2027-05-25T10:00:00.000Z' }] }, NOW).available,
    ).toBe(false)
    expect(courseAvailability({ format: 'self-paced' }, NOW)).toEqual({
      available: true,
      selfPaced: true,
      nextDate: null,
    })
  })
})

describe('the CSV export', () => {
  it('has one row per topic with counts, courses, providers and the gap flag', () => {
    const csv = matchingReportCsv(report)
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      // Semicolons: what Excel expects in Norway (comma is the decimal separator).
      'Tema;Tema (slug);Verksemder med behov;Høg prioritet;Middels prioritet;Låg prioritet;Verksemder;Kommande kurs;Kurs;Tilbydarar;Manglar tilbod',
    )
    expect(lines[1]).toBe('Rekruttering;rekruttering;2;1;1;0;"Vinje Bygg AS; Åmot Røyr AS";0;;;ja')
    expect(lines[3]).toContain(
      '"Digital marknadsføring (Universitetet i Søraust-Noreg); Skytenester for små verksemder (Nettkurs AS)"',
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = matchingReportCsv([
      { ...report[0], topic: { id: 1, name: '=HYPERLINK("http://x")', slug: 'x' } },
    ])
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`)
  })
})
