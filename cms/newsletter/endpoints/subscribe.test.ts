import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emailHash, signToken } from '../../../emails/links'
import { lastEmailTo, linkIn, topic } from '../test/data'
import { newsletterTestbed, type Testbed } from '../test/harness'

let bed: Testbed
let ip = 0
/** Each request from its own address, so the per-IP limit only bites where a test wants it. */
const nextIp = () => `10.0.${Math.floor(++ip / 250)}.${ip % 250}`

const apiPath = (url: string) => url.replace(/^https?:\/\/[^/]+\/api/, '')

function form(fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one)
  return bed.cms.rest('/newsletter/subscribe', {
    method: 'POST',
    body: body.toString(),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Forwarded-For': nextIp(),
      ...headers,
    },
  })
}

const jsonPost = (data: unknown, ipAddress = nextIp()) =>
  bed.cms.rest('/newsletter/subscribe', {
    method: 'POST',
    body: JSON.stringify(data),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ipAddress },
  })

const subscriberByEmail = async (email: string) =>
  (
    await bed.cms.payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      showHiddenFields: true,
    })
  ).docs[0]

const count = async () => (await bed.cms.payload.count({ collection: 'subscribers' })).totalDocs

beforeAll(async () => {
  bed = await newsletterTestbed()
  await topic(bed.cms.payload, 'reiseliv', 'Reiseliv')
  await topic(bed.cms.payload, 'landbruk', 'Landbruk')
})
afterAll(() => bed?.close())

describe('subscribe → confirm (double opt-in)', () => {
  it('stores an unconfirmed subscriber, emails a link whose GET only shows a button, and confirms on POST', async () => {
    const res = await form({
      email: 'Kari.Nordmann@Example.no',
      name: 'Kari',
      topics: ['reiseliv', 'landbruk'],
      locale: 'nn',
      consent: 'on',
      website: '',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('http://localhost:4321/nyheitsbrev/takk/')

    const stored = await subscriberByEmail('kari.nordmann@example.no')
    expect(stored.status).toBe('unconfirmed')
    expect(stored.topics).toHaveLength(2)
    expect(stored.consent?.method).toBe('signup-form')
    expect(stored.consentLog?.map((e) => e.action)).toEqual(['subscribe-requested'])

    const mail = lastEmailTo(bed.fake.messages, 'kari.nordmann@example.no')!
    expect(mail.subject).toBe('Stadfest abonnementet ditt på nyheitsbrevet')
    expect(mail.text).toContain('/api/newsletter/confirm?token=')
    const link = linkIn(mail.html, '/newsletter/confirm')

    // A link scanner following the link confirms nobody.
    const page = await bed.cms.rest(apiPath(link))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<form method="post" action="/api/newsletter/confirm">')
    expect(html).toContain('Stadfest abonnementet')
    expect((await subscriberByEmail('kari.nordmann@example.no')).status).toBe('unconfirmed')

    const token = new URL(link).searchParams.get('token')!
    const confirm = await bed.cms.rest('/newsletter/confirm', {
      method: 'POST',
      body: new URLSearchParams({ token }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(confirm.status).toBe(200)
    expect(await confirm.text()).toContain('Du er no abonnent')
    const confirmed = await subscriberByEmail('kari.nordmann@example.no')
    expect(confirmed.status).toBe('confirmed')
    expect(confirmed.confirmedAt).toBeTruthy()
    expect(confirmed.consentLog?.map((e) => [e.action, e.via])).toEqual([
      ['subscribe-requested', 'signup-form'],
      ['confirmed', 'confirm-link'],
    ])

    const welcome = lastEmailTo(bed.fake.messages, 'kari.nordmann@example.no')!
    expect(welcome.subject).toBe('Velkomen som abonnent på nyheitsbrevet')
    expect(welcome.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  })

  it('a used link, a replaced link, a forged link and an expired link each get a clear page, and change nothing', async () => {
    await jsonPost({ email: 'ola@example.no', consent: true, locale: 'en' })
    const first = new URL(
      linkIn(lastEmailTo(bed.fake.messages, 'ola@example.no')!.html, '/newsletter/confirm'),
    ).searchParams.get('token')!
    await jsonPost({ email: 'ola@example.no', consent: true, locale: 'en' })
    const second = new URL(
      linkIn(lastEmailTo(bed.fake.messages, 'ola@example.no')!.html, '/newsletter/confirm'),
    ).searchParams.get('token')!
    expect(second).not.toBe(first)
    const post = (token: string) =>
      bed.cms.rest('/newsletter/confirm', {
        method: 'POST',
        body: `token=${encodeURIComponent(token)}`,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      })
    const before = await subscriberByEmail('ola@example.no')

    const replaced = await post(first)
    expect(replaced.status).toBe(409)
    expect(await replaced.text()).toContain('This link has been used or replaced')

    const [body, signature] = second.split('.')
    const forged = await post(`${body}.${signature.slice(0, -2)}xx`)
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain('Lenkja er ikkje gyldig')

    const { env } = await import('../../env')
    const expired = signToken(
      {
        purpose: 'confirm',
        subscriberId: String(before.id),
        emailHash: emailHash('ola@example.no'),
        nonce: (before as { confirmationNonce?: string }).confirmationNonce!,
        expiresAt: Math.floor(Date.now() / 1000) - 60,
      },
      env().newsletter.linkSecret,
    )
    const gone = await bed.cms.rest(`/newsletter/confirm?token=${expired}`)
    expect(gone.status).toBe(410)
    expect(await gone.text()).toContain('har gått ut')

    const unchanged = await subscriberByEmail('ola@example.no')
    expect(unchanged.status).toBe('unconfirmed')
    expect(unchanged.updatedAt).toBe(before.updatedAt)

    expect((await post(second)).status).toBe(200)
    const used = await post(second)
    expect(used.status).toBe(200)
    expect(await used.text()).toContain('already confirmed')
    expect(
      (await subscriberByEmail('ola@example.no')).consentLog?.filter(
        (e) => e.action === 'confirmed',
      ),
    ).toHaveLength(1)
  })

  it('answers an already-subscribed address exactly like a new one, and sends it nothing', async () => {
    const fresh = await jsonPost({ email: 'ny@example.no', consent: true })
    const sentBefore = bed.fake.messages.length
    const again = await jsonPost({ email: 'kari.nordmann@example.no', consent: true })
    expect(again.status).toBe(fresh.status)
    expect(await again.json()).toEqual({
      ok: true,
      message: 'Takk! Sjekk e-posten din og stadfest abonnementet med lenkja vi har sendt.',
    })
    expect(bed.fake.messages.length).toBe(sentBefore)
    expect((await subscriberByEmail('kari.nordmann@example.no')).status).toBe('confirmed')
  })
})

describe('bad input is refused with a message a person understands, and nothing is stored', () => {
  it.each([
    ['an invalid email', { email: 'kari@', consent: true }, 422, 'E-postadressa ser ikkje rett ut'],
    ['no consent', { email: 'a@example.no' }, 422, 'samtykkjer'],
    [
      'an unknown topic',
      { email: 'b@example.no', consent: true, topics: ['skipsfart'] },
      422,
      'Vi kjenner ikkje temaet «skipsfart». Vel mellom: landbruk, reiseliv.',
    ],
    [
      'an unknown language',
      { email: 'c@example.no', consent: true, locale: 'de' },
      422,
      'nn (nynorsk) eller en',
    ],
  ])('%s', async (_, data, status, message) => {
    const before = await count()
    const sent = bed.fake.messages.length
    const res = await jsonPost(data)
    expect(res.status).toBe(status)
    expect((await res.json()).error).toContain(message)
    expect(await count()).toBe(before)
    expect(bed.fake.messages.length).toBe(sent)
  })

  it('a 1 MB body, the wrong content type and broken JSON', async () => {
    const before = await count()
    const big = await bed.cms.rest('/newsletter/subscribe', {
      method: 'POST',
      body: JSON.stringify({
        email: 'big@example.no',
        consent: true,
        name: 'x'.repeat(1024 * 1024),
      }),
      headers: { 'X-Forwarded-For': nextIp() },
    })
    expect(big.status).toBe(413)
    expect((await big.json()).error).toContain('64 KB')
    const text = await bed.cms.rest('/newsletter/subscribe', {
      method: 'POST',
      body: 'email=x@example.no',
      headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': nextIp() },
    })
    expect(text.status).toBe(415)
    expect((await text.json()).error).toContain('application/x-www-form-urlencoded')
    const broken = await bed.cms.rest('/newsletter/subscribe', {
      method: 'POST',
      body: '{"email":',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': nextIp() },
    })
    expect(broken.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('a form post with a mistake gets a page with the message and a link back to the form', async () => {
    const res = await form(
      { email: 'not-an-address', consent: 'on', locale: 'en' },
      { Referer: 'http://localhost:4321/en/newsletter/' },
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('The email address does not look right')
    expect(html).toContain('href="http://localhost:4321/en/newsletter/"')
  })

  it('a filled-in honeypot looks like success to the bot, but nothing is stored or sent', async () => {
    const before = await count()
    const sent = bed.fake.messages.length
    const res = await form({
      email: 'bot@example.no',
      consent: 'on',
      website: 'http://spam.example',
    })
    expect(res.status).toBe(303)
    expect(await count()).toBe(before)
    expect(bed.fake.messages.length).toBe(sent)
  })

  it('limits signups per address and per IP', async () => {
    for (let i = 0; i < 3; i++)
      expect((await jsonPost({ email: 'flood@example.no', consent: true })).status).toBe(202)
    const fourth = await jsonPost({ email: 'flood@example.no', consent: true })
    expect(fourth.status).toBe(429)
    expect((await fourth.json()).error).toMatch(/For mange påmeldingar/)
    expect(lastEmailTo(bed.fake.messages, 'flood@example.no')).toBeDefined()
    expect(bed.fake.messages.filter((m) => m.to.includes('flood@example.no'))).toHaveLength(3)

    const sameIp = '192.0.2.7'
    for (let i = 0; i < 10; i++)
      await jsonPost({ email: `ip${i}@example.no`, consent: true }, sameIp)
    const eleventh = await jsonPost({ email: 'ip10@example.no', consent: true }, sameIp)
    expect(eleventh.status).toBe(429)
    expect(eleventh.headers.get('retry-after')).toBeTruthy()
    expect(await subscriberByEmail('ip10@example.no')).toBeUndefined()
  })
})
