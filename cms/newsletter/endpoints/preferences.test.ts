import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendIssue } from '../send/sendIssue'
import { sendSettingsFromEnv } from '../send/settings'
import { lastEmailTo, linkIn, subscriber, topic } from '../test/data'
import { newsletterTestbed, type Testbed } from '../test/harness'

let bed: Testbed
let issueId: number
let topics: { reiseliv: number; landbruk: number }

const apiPath = (url: string) => url.replace(/^https?:\/\/[^/]+\/api/, '')
const formPost = (path: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one)
  return bed.cms.rest(path, {
    method: 'POST',
    body: body.toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  })
}
const byEmail = async (email: string) =>
  (await bed.cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } } }))
    .docs[0]
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!

beforeAll(async () => {
  bed = await newsletterTestbed()
  const { payload } = bed.cms
  topics = {
    reiseliv: (await topic(payload, 'reiseliv', 'Reiseliv')).id,
    landbruk: (await topic(payload, 'landbruk', 'Landbruk')).id,
  }
  for (const email of ['kari@example.no', 'ola@example.no', 'per@example.no', 'siri@example.no'])
    await subscriber(payload, { email, topics: [topics.reiseliv] })
  const issue = await payload.create({
    collection: 'newsletters',
    locale: 'nn',
    data: { subject: 'Desember', status: 'draft' },
  })
  issueId = issue.id
  await sendIssue(payload, issue.id, sendSettingsFromEnv({ ratePerSecond: 50 }))
})
afterAll(() => bed?.close())

describe('one-click unsubscribe (RFC 8058)', () => {
  it('every newsletter carries List-Unsubscribe (https + mailto) and List-Unsubscribe-Post', () => {
    const mail = lastEmailTo(bed.fake.messages, 'kari@example.no')!
    expect(mail.headers['List-Unsubscribe']).toMatch(
      /^<http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?token=[\w.-]+>, <mailto:unsubscribe@vinje\.example\?subject=unsubscribe%20[\w.-]+>$/,
    )
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  })

  it('the POST a mail client makes unsubscribes at once, answers 200, and credits the issue', async () => {
    const url = lastEmailTo(bed.fake.messages, 'kari@example.no')!.headers[
      'List-Unsubscribe'
    ].match(/<(http[^>]+)>/)![1]
    const res = await bed.cms.rest(apiPath(url), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(200)
    const kari = await byEmail('kari@example.no')
    expect(kari.status).toBe('unsubscribed')
    expect(kari.unsubscribedAt).toBeTruthy()
    expect(
      typeof kari.unsubscribedFrom === 'object' ? kari.unsubscribedFrom?.id : kari.unsubscribedFrom,
    ).toBe(issueId)
    expect(kari.consentLog?.at(-1)).toMatchObject({
      action: 'unsubscribed',
      via: 'one-click',
      detail: `from issue ${issueId}`,
    })
    const issue = await bed.cms.payload.findByID({ collection: 'newsletters', id: issueId })
    expect(issue.report?.unsubscribed).toBe(1)

    // Again: still 200, nothing new in the log.
    expect(
      (
        await bed.cms.rest(apiPath(url), {
          method: 'POST',
          body: 'List-Unsubscribe=One-Click',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(200)
    expect((await byEmail('kari@example.no')).consentLog).toHaveLength(kari.consentLog!.length)
  })

  it('the footer link (GET) shows a button and unsubscribes nobody', async () => {
    const link = linkIn(
      lastEmailTo(bed.fake.messages, 'ola@example.no')!.html,
      '/newsletter/unsubscribe',
    )
    const res = await bed.cms.rest(apiPath(link))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Meld meg av nyheitsbrevet')
    expect((await byEmail('ola@example.no')).status).toBe('confirmed')
  })

  it('a forged unsubscribe link changes nothing', async () => {
    const res = await bed.cms.rest(
      '/newsletter/unsubscribe?token=eyJwIjoidSIsInMiOiIyIn0.forgedsignatureforgedsignature12',
      {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      },
    )
    expect(res.status).toBe(400)
    expect((await byEmail('ola@example.no')).status).toBe('confirmed')
  })
})

describe('the preference centre', () => {
  it('shows the subscriber their topics and language, and saves changes to the consent log', async () => {
    const link = linkIn(
      lastEmailTo(bed.fake.messages, 'ola@example.no')!.html,
      '/newsletter/preferences',
    )
    const page = await bed.cms.rest(apiPath(link))
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('<html lang="nn">')
    expect(html).toContain('Du er abonnent med adressa ola@example.no.')
    expect(html).toMatch(/value="reiseliv" checked/)
    expect(html).not.toMatch(/value="landbruk" checked/)

    const saved = await formPost('/newsletter/preferences', {
      token: tokenOf(link),
      topics: ['landbruk'],
      locale: 'en',
    })
    expect(saved.status).toBe(200)
    const after = await saved.text()
    expect(after).toContain('<html lang="en">')
    expect(after).toContain('Your settings are saved.')
    const ola = await byEmail('ola@example.no')
    expect(ola.locale).toBe('en')
    expect(ola.topics).toEqual([expect.objectContaining({ id: topics.landbruk })])
    expect(ola.consentLog?.at(-1)).toMatchObject({
      action: 'preferences-changed',
      via: 'preference-centre',
      detail: 'topics: landbruk; language: en',
    })
  })

  it('unsubscribes and subscribes again from the page', async () => {
    const token = tokenOf(
      linkIn(lastEmailTo(bed.fake.messages, 'per@example.no')!.html, '/newsletter/preferences'),
    )
    expect((await formPost('/newsletter/preferences/unsubscribe', { token })).status).toBe(200)
    expect((await byEmail('per@example.no')).status).toBe('unsubscribed')
    expect((await formPost('/newsletter/preferences/resubscribe', { token })).status).toBe(200)
    const per = await byEmail('per@example.no')
    expect(per.status).toBe('confirmed')
    expect(per.consentLog?.slice(-2).map((e) => `${e.action} via ${e.via}`)).toEqual([
      'unsubscribed via preference-centre',
      'resubscribed via preference-centre',
    ])
  })

  it('downloads everything stored about the subscriber as JSON', async () => {
    const token = tokenOf(
      linkIn(lastEmailTo(bed.fake.messages, 'ola@example.no')!.html, '/newsletter/preferences'),
    )
    const res = await bed.cms.rest(`/newsletter/preferences/export?token=${token}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const data = await res.json()
    expect(data.subscriber).toMatchObject({
      email: 'ola@example.no',
      status: 'confirmed',
      locale: 'en',
      topics: [{ slug: 'landbruk', name: 'Landbruk' }],
    })
    expect(data.subscriber.consentLog.map((e: { action: string }) => e.action)).toContain(
      'preferences-changed',
    )
    expect(data.newslettersSentToYou).toEqual([{ issue: issueId, submittedAt: expect.any(String) }])
    expect(JSON.stringify(data)).not.toContain('confirmationNonce')
  })

  it('erases only after the box is ticked, then removes the address everywhere; the link then opens nothing', async () => {
    const token = tokenOf(
      linkIn(lastEmailTo(bed.fake.messages, 'siri@example.no')!.html, '/newsletter/preferences'),
    )
    const unticked = await formPost('/newsletter/preferences/erase', { token })
    expect(unticked.status).toBe(400)
    expect(await unticked.text()).toContain('Kryss av')
    expect(await byEmail('siri@example.no')).toBeDefined()

    const erased = await formPost('/newsletter/preferences/erase', { token, confirm: 'yes' })
    expect(erased.status).toBe(200)
    expect(await erased.text()).toContain('Du er sletta')
    expect(await byEmail('siri@example.no')).toBeUndefined()
    const batches = await bed.cms.payload.find({
      collection: 'newsletter-batches',
      pagination: false,
    })
    expect(JSON.stringify(batches.docs)).not.toContain('siri@example.no')

    const again = await bed.cms.rest(`/newsletter/preferences?token=${token}`)
    expect(again.status).toBe(400)
    expect(await again.text()).toContain('Lenkja er ikkje gyldig')
  })
})
