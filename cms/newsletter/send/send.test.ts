import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RecordedMessage } from '../../../emails/fake-resend'
import { article, topic } from '../test/data'
import { newsletterTestbed, type Testbed } from '../test/harness'
import { buildSnapshot, prepareIssue, storedSnapshot } from './prepare'
import { sendIssue } from './sendIssue'
import { sendSettingsFromEnv } from './settings'
import type { SendSettings } from '../../../emails/send/types'

let bed: Testbed
let payload: Payload
const confirmed: { email: string; topics: 'reiseliv' | 'landbruk' | 'all' }[] = []
const notConfirmed: string[] = []
let articleIds: number[]

const STATUSES = [
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
  'confirmed',
  'unconfirmed',
  'unsubscribed',
  'suppressed',
] as const

/** 1,000 subscribers: 700 confirmed (a third each reiseliv / landbruk / everything), 300 in every other state. */
async function seedSubscribers(t: { reiseliv: number; landbruk: number }) {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID }
  for (let i = 0; i < 1000; i++) {
    const email = `abonnent${String(i).padStart(4, '0')}@example.no`
    const kind = STATUSES[i % 10]
    const status = kind === 'suppressed' ? (i % 20 < 10 ? 'bounced' : 'complained') : kind
    const which = (['reiseliv', 'landbruk', 'all'] as const)[i % 3]
    const topics = which === 'all' ? [] : [t[which]]
    await payload.create({
      collection: 'subscribers',
      data: {
        email,
        status,
        topics,
        locale: i % 4 === 0 ? 'en' : 'nn',
        consent: { givenAt: new Date().toISOString(), method: 'import' },
      },
      req,
      depth: 0,
    })
    if (status === 'confirmed') confirmed.push({ email, topics: which })
    else notConfirmed.push(email)
  }
  if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
}

const forIssue = (issueId: number) =>
  bed.fake.messages.filter((m) =>
    m.tags.some((t) => t.name === 'issue' && t.value === String(issueId)),
  )

function perRecipient(messages: RecordedMessage[]) {
  const counts = new Map<string, number>()
  for (const m of messages) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1)
  return counts
}

/** Exactly one email to each confirmed subscriber, none to anyone else. */
function expectEachConfirmedOnce(issueId: number) {
  const counts = perRecipient(forIssue(issueId))
  expect([...counts.values()].filter((n) => n > 1)).toEqual([])
  expect(confirmed.filter((c) => !counts.has(c.email)).map((c) => c.email)).toEqual([])
  expect(notConfirmed.filter((e) => counts.has(e))).toEqual([])
  expect(counts.size).toBe(confirmed.length)
}

async function newIssue(subject: string) {
  const issue = await payload.create({
    collection: 'newsletters',
    locale: 'nn',
    data: { subject, status: 'draft', articles: articleIds },
  })
  // Written in English too, so English subscribers get the English edition.
  await payload.update({
    collection: 'newsletters',
    id: issue.id,
    locale: 'en',
    data: { subject: `${subject} (English)` },
  })
  return issue
}

const fast = (overrides: Partial<SendSettings> = {}) =>
  sendSettingsFromEnv({
    ratePerSecond: 100,
    retryBaseMs: 20,
    requestTimeoutMs: 2_000,
    ...overrides,
  })

beforeAll(async () => {
  bed = await newsletterTestbed({ fake: { fractionalRetryAfter: true } })
  payload = bed.cms.payload
  const t = {
    reiseliv: (await topic(payload, 'reiseliv', 'Reiseliv')).id,
    landbruk: (await topic(payload, 'landbruk', 'Landbruk')).id,
  }
  articleIds = [
    (await article(payload, 'Vintersesongen i Rauland', [t.reiseliv])).id,
    (await article(payload, 'Nytt beitetilskot', [t.landbruk])).id,
    (await article(payload, 'Opne kontordagar', [])).id,
  ]
  await seedSubscribers(t)
}, 120_000)
afterAll(() => bed?.close())

describe('sending an issue to 1,000 subscribers', () => {
  it('gives each confirmed subscriber exactly one email, the right sections, and one-click unsubscribe headers', async () => {
    const issue = await newIssue('Nyheitsbrev for 1000')
    const summary = await sendIssue(payload, issue.id, fast())
    expect(summary).toMatchObject({ status: 'sent', batches: 7, recipients: 700 })
    expectEachConfirmedOnce(issue.id)

    const mails = new Map(forIssue(issue.id).map((m) => [m.to[0], m]))
    for (const c of confirmed.slice(0, 60)) {
      const html = mails.get(c.email)!.html!
      expect(html.includes('Vintersesongen i Rauland')).toBe(c.topics !== 'landbruk')
      expect(html.includes('Nytt beitetilskot')).toBe(c.topics !== 'reiseliv')
      expect(html).toContain('Opne kontordagar')
    }
    for (const m of forIssue(issue.id)) {
      expect(m.headers['List-Unsubscribe']).toMatch(
        /^<https?:\/\/[^>]+\/api\/newsletter\/unsubscribe\?token=[^>]+>, <mailto:[^>]+>$/,
      )
      expect(m.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
      expect(m.text).toContain('/api/newsletter/preferences?token=')
    }
    // Subscriber 0 reads English (every fourth does), subscriber 1 Nynorsk.
    expect(mails.get('abonnent0000@example.no')!.html).toContain('<html lang="en"')
    expect(mails.get('abonnent0001@example.no')!.html).toContain('<html lang="nn"')

    const stored = await payload.findByID({ collection: 'newsletters', id: issue.id })
    expect(stored.status).toBe('sent')
    expect(stored.sentAt).toBeTruthy()
    expect(stored.report).toMatchObject({ recipients: 700, submitted: 700, failed: 0 })

    // Running it again, or preparing it again, does nothing.
    const before = bed.fake.messages.length
    expect(await sendIssue(payload, issue.id, fast())).toMatchObject({ alreadySent: true })
    const again = await prepareIssue(
      payload,
      (await payload.findByID({
        collection: 'newsletters',
        id: issue.id,
        showHiddenFields: true,
      })) as never,
      fast(),
    )
    expect(again).toMatchObject({ alreadyPrepared: true, batches: 7, recipients: 700 })
    expect(bed.fake.messages.length).toBe(before)
    expect(
      (
        await payload.count({
          collection: 'newsletter-batches',
          where: { newsletter: { equals: issue.id } },
        })
      ).totalDocs,
    ).toBe(7)
  })

  it('keys each batch newsletter-<issue>-<send id>-batch-<index>, unique per prepared send, and never sends a batch twice under its key', async () => {
    const issue = await newIssue('Nøklar')
    await sendIssue(payload, issue.id, fast())
    const { sendId } = storedSnapshot(
      (await payload.findByID({
        collection: 'newsletters',
        id: issue.id,
        showHiddenFields: true,
      })) as never,
    )!
    expect(sendId).toMatch(/^[0-9a-f]{12}$/)
    const keys = bed.fake.requests
      .filter((r) => r.idempotencyKey?.startsWith(`newsletter-${issue.id}-`))
      .map((r) => r.idempotencyKey)
    expect(keys).toEqual(
      Array.from({ length: 7 }, (_, i) => `newsletter-${issue.id}-${sendId}-batch-${i}`),
    )
    // Another database with an issue of the same id (a staging copy on the same Resend team)
    // prepares its own send id: its keys cannot collide with these.
    const other = await buildSnapshot(payload, issue as never, fast())
    expect(other.sendId).not.toBe(sendId)
  })

  it('drops anyone who unsubscribed between prepare and send', async () => {
    const issue = await newIssue('Avmeld undervegs')
    await prepareIssue(
      payload,
      (await payload.findByID({
        collection: 'newsletters',
        id: issue.id,
        showHiddenFields: true,
      })) as never,
      fast(),
    )
    const leaving = confirmed[5].email
    const s = (
      await payload.find({ collection: 'subscribers', where: { email: { equals: leaving } } })
    ).docs[0]
    await payload.update({ collection: 'subscribers', id: s.id, data: { status: 'unsubscribed' } })
    await sendIssue(payload, issue.id, fast())
    expect(perRecipient(forIssue(issue.id)).has(leaving)).toBe(false)
    expect(forIssue(issue.id)).toHaveLength(699)
    await payload.update({ collection: 'subscribers', id: s.id, data: { status: 'confirmed' } })
  })
})

describe('at Resend’s default 2 requests/s, against the strictest limiter', () => {
  it('sends the 700 confirmed readers with no 429 from a sliding window of 2 requests in ANY second, each once', async () => {
    const issue = await newIssue('strengt-vindauge')
    bed.fake.setRateLimit(2, undefined, 'sliding-window')
    const started = bed.fake.requests.length
    try {
      expect(await sendIssue(payload, issue.id, fast({ ratePerSecond: 2 }))).toMatchObject({
        status: 'sent',
      })
    } finally {
      bed.fake.setRateLimit(null)
    }
    const requests = bed.fake.requests.slice(started)
    expect(requests.filter((r) => r.status === 429)).toEqual([])
    expect(requests).toHaveLength(7)
    expectEachConfirmedOnce(issue.id)
  }, 30_000)
})

describe('when Resend pushes back', () => {
  it('a 429 storm: waits as retry-after says, and everything is still delivered exactly once', async () => {
    const issue = await newIssue('429-storm')
    // 1 request/s with no burst against a sender asking 50/s: most batches are refused once,
    // however long the database takes between them.
    bed.fake.setRateLimit(1, 1)
    const started = bed.fake.requests.length
    try {
      expect(await sendIssue(payload, issue.id, fast({ ratePerSecond: 50 }))).toMatchObject({
        status: 'sent',
      })
    } finally {
      bed.fake.setRateLimit(null)
    }
    const limited = bed.fake.requests.slice(started).filter((r) => r.status === 429)
    expect(limited.length).toBeGreaterThanOrEqual(3)
    expectEachConfirmedOnce(issue.id)
  })

  it('5xx bursts, a timeout and lost answers: retried with the same key, everything delivered exactly once', async () => {
    const issue = await newIssue('5xx-byger')
    const started = bed.fake.requests.length
    bed.fake.setFailures([
      { count: 3, status: 503 },
      { count: 1, mode: 'accept-then-error', status: 502 },
      { count: 1, mode: 'timeout', hangMs: 5_000 },
      { count: 2, status: 500 },
      { count: 1, mode: 'accept-then-drop', hangMs: 5_000 },
    ])
    expect(
      await sendIssue(
        payload,
        issue.id,
        fast({ requestTimeoutMs: 400, retryBaseMs: 5, maxRetries: 10 }),
      ),
    ).toMatchObject({ status: 'sent' })
    const requests = bed.fake.requests.slice(started)
    expect(requests.filter((r) => r.injected).length).toBe(8)
    // After the first lost answer, the batch was answered from the idempotency store, not sent again.
    expect(requests.filter((r) => r.replayed).length).toBe(2)
    expectEachConfirmedOnce(issue.id)
    const batches = await payload.find({
      collection: 'newsletter-batches',
      where: { newsletter: { equals: issue.id } },
      pagination: false,
    })
    expect(batches.docs.every((b) => b.status === 'submitted')).toBe(true)
    expect(batches.docs.reduce((n, b) => n + (b.attempts ?? 0), 0)).toBe(7 + 8)
  })

  it('when Resend stays down, stops after 3 failed batches in a row, marks the issue failed, and resumes later', async () => {
    const issue = await newIssue('Nede')
    bed.fake.setFailures({ count: 1000, status: 500 })
    const down = await sendIssue(payload, issue.id, fast({ maxRetries: 1 }))
    bed.fake.setFailures(null)
    expect(down.status).toBe('failed')
    const failed = await payload.findByID({ collection: 'newsletters', id: issue.id })
    expect(failed.status).toBe('failed')
    expect(failed.report?.lastError).toMatch(/stopped after 3 batches in a row failed/)
    expect(forIssue(issue.id)).toHaveLength(0)

    expect(await sendIssue(payload, issue.id, fast())).toMatchObject({ status: 'sent' })
    expectEachConfirmedOnce(issue.id)
  })
})
