import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newsletterTestbed, type Testbed } from '../newsletter/test/harness'
import { toOutgoingEmails } from './adapter'

let bed: Testbed

beforeAll(async () => {
  bed = await newsletterTestbed()
  await bed.cms.payload.create({
    collection: 'users',
    data: {
      email: 'radgjevar@vinje.example',
      password: 'a-long-password-1234',
      name: 'Rådgjevar',
      roles: ['advisor'],
    },
  })
})

afterAll(() => bed?.close())

describe("Payload's own emails", () => {
  it('a staff password reset reaches the outbox through the messenger, not the console', async () => {
    const res = await bed.cms.rest('/users/forgot-password', {
      method: 'POST',
      body: JSON.stringify({ email: 'radgjevar@vinje.example' }),
    })
    expect(res.status).toBe(200)
    const sent = bed.fake.messages.filter((m) => m.to.includes('radgjevar@vinje.example'))
    expect(sent).toHaveLength(1)
    expect(sent[0].from).toContain('vinje.example')
    expect(sent[0].html).toMatch(/reset-password|reset/i)
    expect(sent[0].text?.length).toBeGreaterThan(10)
  })

  it('sends at most three reset emails an hour to one account: no mailbox bombing', async () => {
    const reset = () =>
      bed.cms.rest('/users/forgot-password', {
        method: 'POST',
        body: JSON.stringify({ email: 'radgjevar@vinje.example' }),
      })
    // One was sent by the test above.
    expect((await reset()).status).toBe(200)
    expect((await reset()).status).toBe(200)
    expect((await reset()).status).toBe(429)
    expect(bed.fake.messages.filter((m) => m.to.includes('radgjevar@vinje.example'))).toHaveLength(
      3,
    )
  })

  it('turns Nodemailer-style messages into one email per recipient, with a text part', () => {
    const emails = toOutgoingEmails(
      {
        to: ['a@vinje.example', { name: 'Bente', address: 'b@vinje.example' }],
        subject: 'Nullstill passordet',
        html: '<p>Trykk <a href="https://x">her</a></p>',
      },
      'Næringskontoret <post@vinje.example>',
    )
    expect(emails.map((e) => e.to)).toEqual(['a@vinje.example', 'Bente <b@vinje.example>'])
    expect(emails[0]).toMatchObject({
      from: 'Næringskontoret <post@vinje.example>',
      text: 'Trykk her',
    })
  })
})
