import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { article, subscriber, topic } from '../../newsletter/test/data'
import { newsletterTestbed, type Testbed } from '../../newsletter/test/harness'
import { startJobsWorker } from '../../jobs/worker'

let bed: Testbed
let payload: Payload
let editor: string
let advisor: string
let issueId: number

const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  bed.cms.rest(`/newsletters/${issueId}${path}`, { token: editor, ...init })
const post = (path: string, body: unknown = {}, token = editor) =>
  call(path, { method: 'POST', body: JSON.stringify(body), token })
const issue = () => payload.findByID({ collection: 'newsletters', id: issueId, depth: 0 })
const runJobs = async () => {
  const worker = startJobsWorker(payload, 600_000)
  await worker.tick()
  await worker.stop()
}

beforeAll(async () => {
  bed = await newsletterTestbed({ env: { NEWSLETTER_SEND_RATE: '50' } })
  payload = bed.cms.payload
  editor = await bed.cms.staff(['editor'])
  advisor = await bed.cms.staff(['advisor'])
  const reiseliv = await topic(payload, 'reiseliv', 'Reiseliv')
  await article(payload, 'Ny skiheis i Rauland', [reiseliv.id])
  await article(payload, 'Kontordag på Åmot')
  await payload.create({
    collection: 'events',
    locale: 'nn',
    draft: false,
    data: {
      title: 'Næringsfrukost',
      kind: 'business-breakfast',
      startsAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
      venue: 'Rauland',
      _status: 'published',
    } as never,
  })
  for (const email of ['kari@example.no', 'ola@example.no']) await subscriber(payload, { email })
  issueId = (
    await payload.create({
      collection: 'newsletters',
      locale: 'nn',
      data: { subject: 'Nyheitsbrev januar', status: 'draft' },
    })
  ).id
  // Written in English too: the English preview shows the English edition.
  await payload.update({
    collection: 'newsletters',
    id: issueId,
    locale: 'en',
    data: { subject: 'Newsletter January' },
  })
})
afterAll(() => bed?.close())

describe("the editor's workflow on an issue", () => {
  it('is for editors and admins only', async () => {
    expect((await post('/fill', {}, advisor)).status).toBe(403)
    expect((await bed.cms.rest(`/newsletters/${issueId}/preview`)).status).toBe(401)
  })

  it('fills the issue with what was published since the last issue', async () => {
    const res = await post('/fill')
    expect(res.status).toBe(200)
    expect((await res.json()).added).toEqual({ articles: 2, events: 1, courses: 0 })
    const filled = await issue()
    expect(filled.articles).toHaveLength(2)
    expect(filled.events).toHaveLength(1)
    // Filling again adds nothing twice.
    expect((await (await post('/fill')).json()).added).toEqual({
      articles: 0,
      events: 0,
      courses: 0,
    })
  })

  it('previews the HTML and the plain text, with the size against the limits', async () => {
    const res = await call('/preview?locale=en')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.html).toContain('<html lang="en"')
    expect(body.subject).toBe('Newsletter January')
    expect(body.html).toContain('Ny skiheis i Rauland')
    expect(body.text).toContain('Næringsfrukost')
    expect(body.htmlBytes).toBeLessThan(body.targetBytes)
    expect(body.maxBytes).toBe(90 * 1024)
  })

  it('sends a test to given addresses, and refuses a bad address with a message', async () => {
    const res = await post('/test', { addresses: 'redaktor@vinje.example, Sjef@Vinje.example' })
    expect(res.status).toBe(200)
    const tests = bed.fake.messages.filter((m) => m.subject === '[TEST] Nyheitsbrev januar')
    expect(tests.map((m) => m.to[0]).sort()).toEqual([
      'redaktor@vinje.example',
      'sjef@vinje.example',
    ])
    const bad = await post('/test', { addresses: 'redaktor@vinje' })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toBe('"redaktor@vinje" is not an email address.')
  })

  it('schedules the send as a job that waits for the time, and can be unscheduled', async () => {
    const noTime = await post('/schedule')
    expect(noTime.status).toBe(400)
    expect((await noTime.json()).error).toMatch(/Set "Send at"/)

    const at = new Date(Date.now() + 3600_000).toISOString()
    const res = await post('/schedule', { scheduledAt: at })
    expect(res.status).toBe(200)
    expect((await issue()).status).toBe('scheduled')
    const progress = await (await call('/progress')).json()
    expect(progress.job).toMatchObject({ state: 'queued', waitUntil: at })

    await runJobs()
    expect((await issue()).status).toBe('scheduled')
    expect(bed.fake.messages.filter((m) => m.subject === 'Nyheitsbrev januar')).toHaveLength(0)

    expect((await post('/unschedule')).status).toBe(200)
    expect((await issue()).status).toBe('draft')
    expect((await (await call('/progress')).json()).job).toBeNull()
  })

  it('takes a scheduled issue back to draft when an editor changes its time without rescheduling', async () => {
    expect(
      (await post('/schedule', { scheduledAt: new Date(Date.now() + 7200_000).toISOString() }))
        .status,
    ).toBe(200)
    const res = await call('', {
      method: 'PATCH',
      body: JSON.stringify({ scheduledAt: new Date(Date.now() + 9000_000).toISOString() }),
    })
    expect(res.status).toBe(200)
    expect((await issue()).status).toBe('draft')
  })

  it('sends now through the jobs queue, and shows progress and the report', async () => {
    const res = await post('/send-now')
    expect(res.status).toBe(200)
    await runJobs()
    const sent = await issue()
    expect(sent.status).toBe('sent')
    expect(sent.sentAt).toBeTruthy()
    expect(
      bed.fake.messages
        .filter((m) => m.subject === 'Nyheitsbrev januar')
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(['kari@example.no', 'ola@example.no'])

    const progress = await (await call('/progress')).json()
    expect(progress).toMatchObject({
      status: 'sent',
      recipients: { submitted: 2, total: 2, failed: 0 },
      report: { recipients: 2, submitted: 2 },
      job: null,
    })
    // A sent issue cannot be sent again.
    expect((await post('/send-now')).status).toBe(409)
  })
})

describe('filling the next issue', () => {
  const event = (title: string, inDays: number) =>
    payload.create({
      collection: 'events',
      locale: 'nn',
      draft: false,
      data: {
        title,
        kind: 'dialogue-meeting',
        startsAt: new Date(Date.now() + inDays * 86400_000).toISOString(),
        venue: 'Vinje rådhus',
        _status: 'published',
      } as never,
    })

  it('takes what was first published since the last issue, not the soonest events', async () => {
    for (let i = 1; i <= 6; i++) await event(`Gamalt arrangement ${i}`, i)
    await payload.create({
      collection: 'newsletters',
      locale: 'nn',
      data: { subject: 'Førre utgåve', status: 'sent', sentAt: new Date().toISOString() },
    })
    await new Promise((r) => setTimeout(r, 20))
    const meeting = await event('Dialogmøte med næringssjefen', 60)
    const next = await payload.create({
      collection: 'newsletters',
      locale: 'nn',
      data: { subject: 'Neste utgåve', status: 'draft' },
    })
    const res = await bed.cms.rest(`/newsletters/${next.id}/fill`, {
      method: 'POST',
      body: '{}',
      token: editor,
    })
    expect(res.status).toBe(200)
    const filled = await payload.findByID({ collection: 'newsletters', id: next.id, depth: 0 })
    expect(filled.events).toEqual([meeting.id])
  })
})
