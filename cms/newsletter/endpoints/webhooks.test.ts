import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendIssue } from '../send/sendIssue'
import { sendSettingsFromEnv } from '../send/settings'
import { lastEmailTo, subscriber } from '../test/data'
import { newsletterTestbed, TEST_WEBHOOK_SECRET, type Testbed } from '../test/harness'

let bed: Testbed
let issueId: number
const ids: Record<string, number> = {}

/** Resend's webhook as it arrives: JSON body, Svix headers signed with the endpoint's secret. */
function delivery(eventId: string, event: unknown, opts: { secret?: string; at?: Date } = {}) {
  const body = JSON.stringify(event)
  const at = opts.at ?? new Date()
  const signature = new Webhook(opts.secret ?? TEST_WEBHOOK_SECRET).sign(eventId, at, body)
  return bed.cms.rest('/newsletter/webhooks/resend', {
    method: 'POST',
    body,
    headers: {
      'Content-Type': 'application/json',
      'svix-id': eventId,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': signature,
    },
  })
}

/** An event about the issue's email to `email`, tagged the way the sender tags it. */
function eventFor(type: string, email: string, extra: Record<string, unknown> = {}) {
  const sent = lastEmailTo(bed.fake.messages, email)!
  const tags = Object.fromEntries(sent.tags.map((t) => [t.name, t.value]))
  return {
    type,
    created_at: new Date().toISOString(),
    data: { email_id: sent.id, to: [email], subject: sent.subject, tags, ...extra },
  }
}

const byEmail = async (email: string) =>
  (await bed.cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } } }))
    .docs[0]
const report = async () =>
  (await bed.cms.payload.findByID({ collection: 'newsletters', id: issueId })).report!

beforeAll(async () => {
  bed = await newsletterTestbed()
  for (const email of ['a@example.no', 'b@example.no', 'c@example.no'])
    ids[email] = (await subscriber(bed.cms.payload, { email })).id
  issueId = (
    await bed.cms.payload.create({
      collection: 'newsletters',
      locale: 'nn',
      data: { subject: 'Januar', status: 'draft' },
    })
  ).id
  await sendIssue(bed.cms.payload, issueId, sendSettingsFromEnv({ ratePerSecond: 50 }))
})
afterAll(() => bed?.close())

describe('Resend webhooks', () => {
  it('a hard bounce suppresses the subscriber and counts in the report, once even when delivered twice', async () => {
    const event = eventFor('email.bounced', 'a@example.no', {
      bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' },
    })
    const first = await delivery('msg_bounce_1', event)
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ ok: true, outcome: 'processed' })
    const again = await delivery('msg_bounce_1', event)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ ok: true, outcome: 'duplicate' })

    const a = await byEmail('a@example.no')
    expect(a.status).toBe('bounced')
    expect(a.consentLog?.filter((e) => e.action === 'bounced')).toEqual([
      expect.objectContaining({ via: 'resend-webhook', detail: 'General: Mailbox does not exist' }),
    ])
    expect(
      (
        await bed.cms.payload.count({
          collection: 'webhook-events',
          where: { eventId: { equals: 'msg_bounce_1' } },
        })
      ).totalDocs,
    ).toBe(1)
    expect((await report()).bounced).toBe(1)
  })

  it('a soft bounce is counted but suppresses nobody; a complaint suppresses; deliveries count', async () => {
    const builds = async () =>
      (await bed.cms.payload.find({ collection: 'site-builds', pagination: false })).docs.map(
        (b) => [b.id, b.requestedAt, b.trigger],
      )
    const buildsBefore = await builds()
    await delivery(
      'msg_soft',
      eventFor('email.bounced', 'b@example.no', {
        bounce: { type: 'Transient', subType: 'MailboxFull', message: 'Full' },
      }),
    )
    expect((await byEmail('b@example.no')).status).toBe('confirmed')
    await delivery('msg_complaint', eventFor('email.complained', 'c@example.no'))
    expect((await byEmail('c@example.no')).status).toBe('complained')
    for (const [i, email] of ['b@example.no', 'c@example.no'].entries())
      await delivery(`msg_delivered_${i}`, eventFor('email.delivered', email))
    expect(await report()).toMatchObject({
      recipients: 3,
      submitted: 3,
      delivered: 2,
      bounced: 2,
      complained: 1,
    })
    // Report counts are not public: delivery events never ask for a site rebuild.
    expect(await builds()).toEqual(buildsBefore)
  })

  it('a bad or stale signature is 401 and changes nothing', async () => {
    const event = eventFor('email.complained', 'b@example.no')
    const wrongSecret = await delivery('msg_forged', event, {
      secret: `whsec_${Buffer.from('someone else entirely!!').toString('base64')}`,
    })
    expect(wrongSecret.status).toBe(401)
    expect((await wrongSecret.json()).error).toMatch(/signature/i)
    const stale = await delivery('msg_stale', event, { at: new Date(Date.now() - 10 * 60_000) })
    expect(stale.status).toBe(401)
    const tampered = await bed.cms.rest('/newsletter/webhooks/resend', {
      method: 'POST',
      body: JSON.stringify({ ...event, type: 'email.delivered' }),
      headers: {
        'svix-id': 'msg_t',
        'svix-timestamp': String(Math.floor(Date.now() / 1000)),
        'svix-signature': new Webhook(TEST_WEBHOOK_SECRET).sign(
          'msg_t',
          new Date(),
          JSON.stringify(event),
        ),
      },
    })
    expect(tampered.status).toBe(401)
    expect((await byEmail('b@example.no')).status).toBe('confirmed')
    expect(
      (
        await bed.cms.payload.count({
          collection: 'webhook-events',
          where: { eventId: { in: ['msg_forged', 'msg_stale', 'msg_t'] } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
