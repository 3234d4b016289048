/**
 * Event sign-up through Payload's real REST handler and the fake Resend: what a visitor's form
 * and scripts get back, what is stored, who gets which email, and that capacity holds when many
 * sign up at once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { linkIn } from '../newsletter/test/data'
import { newsletterTestbed, type Testbed } from '../newsletter/test/harness'
import { signupsPerAddress, signupsPerClient } from './endpoints/signup'
import { signupEvent } from './test/events'

let bed: Testbed
let ip = 0
const nextIp = () => `10.1.${Math.floor(++ip / 250)}.${ip % 250}`

const postJson = (data: Record<string, unknown>, address = nextIp()) =>
  bed.cms.rest('/event-registrations', {
    method: 'POST',
    body: JSON.stringify(data),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
  })
const postForm = (data: Record<string, string>, address = nextIp()) =>
  bed.cms.rest('/event-registrations', {
    method: 'POST',
    body: new URLSearchParams(data).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': address },
  })

const registrations = async (event: number) =>
  (
    await bed.cms.payload.find({
      collection: 'event-registrations',
      where: { event: { equals: event } },
      sort: ['createdAt', 'id'],
      pagination: false,
      depth: 0,
    })
  ).docs
const emailsTo = (address: string) => bed.fake.messages.filter((m) => m.to.includes(address))
const apiPath = (url: string) => url.replace(/^https?:\/\/[^/]+\/api/, '')

beforeAll(async () => {
  bed = await newsletterTestbed()
})
afterAll(() => bed?.close())
beforeEach(() => {
  signupsPerClient.reset()
  signupsPerAddress.reset()
})

describe('capacity under concurrency', () => {
  it('capacity + 20 sign-ups at once: exactly capacity confirmed, the rest waitlisted in order, each emailed', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 5 })
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        postJson({ event: event.id, name: `Deltakar ${i}`, email: `d${i}@race.example` }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(25).fill(201))
    const regs = await registrations(event.id)
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(5)
    const waiting = regs.filter((r) => r.status === 'waitlisted')
    expect(waiting).toHaveLength(20)
    // The first five to take the write lock got the places: every waitlisted came later.
    const lastConfirmed = Math.max(...regs.filter((r) => r.status === 'confirmed').map((r) => r.id))
    expect(waiting.every((r) => r.id > lastConfirmed)).toBe(true)
    // Waiting-list positions in the emails are 1..20, in sign-up order.
    const positions = waiting.map((r) => {
      const mail = emailsTo(r.email!)[0]
      return Number(/nummer (\d+) på ventelista/.exec(mail.text ?? '')?.[1])
    })
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    const placeMail = emailsTo(regs.find((r) => r.status === 'confirmed')!.email!)[0]
    expect(placeMail.subject).toBe(`Du har plass: ${event.title}`)
    expect(placeMail.attachments?.[0].filename).toBe('arrangement.ics')
    const ics = Buffer.from(placeMail.attachments![0].content, 'base64').toString('utf8')
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain(`SUMMARY:${event.title}`)
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/)
  }, 60_000)
})

describe('cancel → promotion', () => {
  it('the cancel link shows a button (GET cancels nothing); POST frees the place and the first waiting gets it and an email', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 1 })
    for (const who of ['eva', 'ola', 'per'])
      expect(
        (await postJson({ event: event.id, name: who, email: `${who}@promo.example` })).status,
      ).toBe(201)
    const cancel = linkIn(emailsTo('eva@promo.example')[0].html, '/event-registrations/cancel')
    const shown = await bed.cms.rest(apiPath(cancel))
    expect(shown.status).toBe(200)
    expect(await shown.text()).toContain('Meld meg av')
    expect((await registrations(event.id))[0].status).toBe('confirmed')

    const token = new URL(cancel).searchParams.get('token')!
    const done = await bed.cms.rest('/event-registrations/cancel', {
      method: 'POST',
      body: `token=${token}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('Du er avmeld')
    expect((await registrations(event.id)).map((r) => [r.name, r.status])).toEqual([
      ['eva', 'cancelled'],
      ['ola', 'confirmed'],
      ['per', 'waitlisted'],
    ])
    const promoted = emailsTo('ola@promo.example').at(-1)!
    expect(promoted.subject).toBe(`Du har fått plass: ${event.title}`)
    expect(promoted.attachments?.[0].filename).toBe('arrangement.ics')
    expect(emailsTo('eva@promo.example').at(-1)!.subject).toContain('avmeld')
    // Used again, the link cancels nothing more and promotes nobody else.
    await bed.cms.rest('/event-registrations/cancel', {
      method: 'POST',
      body: `token=${token}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect((await registrations(event.id)).map((r) => r.status)).toEqual([
      'cancelled',
      'confirmed',
      'waitlisted',
    ])
  })

  it('a forged or altered token opens nothing', async () => {
    const res = await bed.cms.rest('/event-registrations/cancel?token=eyJwIjoiciJ9.AAAA')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Lenkja er ikkje gyldig')
  })
})

describe('protections: nothing stored on a refusal', () => {
  it('refuses a missing name or bad email in the form’s language, naming the field', async () => {
    const event = await signupEvent(bed.cms.payload)
    const nn = await postJson({ event: event.id, email: 'a@b.example', locale: 'nn' })
    expect(nn.status).toBe(400)
    expect(await nn.json()).toEqual({ error: 'Fyll ut «Namn».', field: 'name' })
    const en = await postJson({ event: event.id, name: 'A', email: 'not-an-address', locale: 'en' })
    expect(await en.json()).toEqual({ error: 'Enter a valid email address.', field: 'email' })
    const org = await postJson({
      event: event.id,
      name: 'A',
      email: 'a@b.example',
      orgNumber: '123',
    })
    expect((await org.json()).field).toBe('orgNumber')
    expect(await registrations(event.id)).toHaveLength(0)
  })

  it('a browser gets a page with the message and a way back; a wrong type 415; an oversized body 413', async () => {
    const event = await signupEvent(bed.cms.payload)
    const page = await postForm({ event: String(event.id), name: '', email: 'x@y.example' })
    expect(page.status).toBe(400)
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain('Fyll ut «Namn».')
    expect(html).toContain(`/arrangement/${event.slug}/`)
    const wrongType = await bed.cms.rest('/event-registrations', {
      method: 'POST',
      body: 'x',
      headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': nextIp() },
    })
    expect(wrongType.status).toBe(415)
    const big = await postJson({
      event: event.id,
      name: 'A',
      email: 'a@b.example',
      message: 'x'.repeat(20_000),
    })
    expect(big.status).toBe(413)
    expect(await registrations(event.id)).toHaveLength(0)
  })

  it('a filled honeypot gets the same thanks, and nothing is stored or sent', async () => {
    const event = await signupEvent(bed.cms.payload)
    const sent = bed.fake.messages.length
    const res = await postForm({
      event: String(event.id),
      name: 'Bot',
      email: 'bot@spam.example',
      website: 'http://spam.example',
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Takk for påmeldinga')
    expect(await registrations(event.id)).toHaveLength(0)
    expect(bed.fake.messages.length).toBe(sent)
  })

  it('limits sign-ups per client and per address, with Retry-After', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 50 })
    const same = '10.9.9.9'
    for (let i = 0; i < 10; i++)
      expect(
        (await postJson({ event: event.id, name: 'A', email: `c${i}@limit.example` }, same)).status,
      ).toBe(201)
    const limited = await postJson({ event: event.id, name: 'A', email: 'c10@limit.example' }, same)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    for (let i = 0; i < 5; i++)
      await postJson({ event: event.id, name: 'B', email: 'same@limit.example' })
    const perAddress = await postJson({ event: event.id, name: 'B', email: 'same@limit.example' })
    expect(perAddress.status).toBe(429)
    expect((await perAddress.json()).error).toContain('same e-postadresse')
    // The repeats of one address stored one registration, and the answer never told.
    expect(
      (await registrations(event.id)).filter((r) => r.email === 'same@limit.example'),
    ).toHaveLength(1)
  })

  it('a full event without a waiting list, a closed sign-up and a draft event are refused', async () => {
    const full = await signupEvent(bed.cms.payload, {
      capacity: 1,
      registration: { waitlist: false },
    })
    await postJson({ event: full.id, name: 'A', email: 'first@full.example' })
    const refused = await postJson({
      event: full.id,
      name: 'B',
      email: 'second@full.example',
      locale: 'en',
    })
    expect(refused.status).toBe(409)
    expect((await refused.json()).error).toBe('The event is full, and there is no waiting list.')
    const closed = await signupEvent(bed.cms.payload, {
      registration: { deadline: new Date(Date.now() - 60_000).toISOString() },
    })
    expect(
      (await postJson({ event: closed.id, name: 'A', email: 'a@closed.example' })).status,
    ).toBe(409)
    const draft = await signupEvent(bed.cms.payload, { _status: 'draft' })
    expect((await postJson({ event: draft.id, name: 'A', email: 'a@draft.example' })).status).toBe(
      404,
    )
    expect(await registrations(closed.id)).toHaveLength(0)
    expect(await registrations(draft.id)).toHaveLength(0)
  })
})
