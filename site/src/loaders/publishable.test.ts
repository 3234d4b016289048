import { describe, expect, it } from 'vitest'

import { articleSchema, businessSchema, eventSchema } from '../lib/schemas'
import { articleRule, checkDocument, newsletterRule } from './publishable'

/** An article as the loader hands it over: REST with locale=all, depth=0, body already HTML. */
const article = (over: Record<string, unknown> = {}) => ({
  id: 7,
  title: { nn: 'Ny straum til industriområdet', en: 'New power line' },
  slug: { nn: 'ny-straum', en: 'new-power' },
  excerpt: { nn: 'Kort', en: null },
  heroImage: null,
  bodyHtml: { nn: '<p>Tekst</p>' },
  topics: [1, 2],
  author: 3,
  publishedAt: '2026-05-18T06:30:00.000Z',
  createdAt: '2026-05-18T06:30:00.000Z',
  updatedAt: '2026-05-18T06:30:00.000Z',
  _status: 'published',
  ...over,
})

describe('the content schema', () => {
  it('accepts a published article and keeps only the fields pages use', () => {
    const result = checkDocument(articleSchema, article(), articleRule)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.data.title.nn).toBe('Ny straum til industriområdet')
      expect(result.data).not.toHaveProperty('_status')
    }
  })

  it('refuses a wrong shape and says which field and what was wrong', () => {
    // Read without locale=all, the CMS sends one language as a plain string.
    const result = checkDocument(articleSchema, article({ title: 'Ny straum', topics: 'alle' }))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.reason).toMatch(/^Uventa innhald frå CMS-et i «title»: .*expected object/)
      expect(result.reason).toContain('«topics»')
      expect(result.reason).toContain('lagre på nytt')
    }
  })

  it('refuses an event whose start is not a date', () => {
    const result = checkDocument(eventSchema, {
      id: 1,
      title: { nn: 'Møte' },
      slug: { nn: 'mote' },
      kind: 'other',
      startsAt: 'i morgon',
      topics: [],
      updatedAt: '2026-05-18T06:30:00.000Z',
    })
    expect(!result.ok && result.reason).toMatch(/«startsAt»/)
  })

  it('refuses an event kind the site does not know', () => {
    const result = eventSchema.safeParse({
      id: 1,
      title: { nn: 'Møte' },
      slug: { nn: 'mote' },
      kind: 'party',
      startsAt: '2026-05-18T06:30:00.000Z',
      topics: [],
      updatedAt: '2026-05-18T06:30:00.000Z',
    })
    expect(result.success).toBe(false)
  })

  it('never keeps a business field staff-only (contact person, plan, needs, meetings)', () => {
    const parsed = businessSchema.parse({
      id: 1,
      name: 'Vinje Bakeri AS',
      description: { nn: 'Bakeri' },
      contactPerson: 4,
      developmentPlan: [{ goal: 'Hemmeleg mål' }],
      needs: [{ topic: 1, note: 'Hemmeleg' }],
      meetingLog: [{ date: '2026-01-01', summary: 'Hemmeleg' }],
      updatedAt: '2026-05-18T06:30:00.000Z',
    })
    for (const field of ['contactPerson', 'developmentPlan', 'needs', 'meetingLog'])
      expect(parsed).not.toHaveProperty(field)
  })
})

describe('what a page needs', () => {
  it('withholds an article without a Nynorsk title, saying what to fix', () => {
    const result = checkDocument(
      articleSchema,
      article({ title: { nn: null, en: 'Only English' } }),
      articleRule,
    )
    expect(result).toEqual({
      ok: false,
      reason: 'Manglar nynorsk tittel: skriv tittelen på nynorsk og publiser på nytt',
    })
  })

  it('withholds an article with a blank Nynorsk slug', () => {
    const result = checkDocument(
      articleSchema,
      article({ slug: { nn: ' ', en: 'x' } }),
      articleRule,
    )
    expect(!result.ok && result.reason).toMatch(/^Manglar nynorsk adresse \(slug\)/)
  })

  it('withholds a sent issue without a Nynorsk subject', () => {
    expect(newsletterRule({ subject: { en: 'News' } } as never)).toMatch(/^Manglar nynorsk emne/)
  })
})
