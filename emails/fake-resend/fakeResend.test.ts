import { Resend } from 'resend'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { type FakeResend, startFakeResend } from '.'

let fake: FakeResend
let resend: Resend

const email = (to = 'kari@example.no', extra: Record<string, unknown> = {}) => ({
  from: 'Næringskontoret <nyheitsbrev@vinje.example>',
  to: [to],
  subject: 'Hei',
  html: '<p>Hei</p>',
  text: 'Hei',
  ...extra,
})

beforeAll(async () => {
  fake = await startFakeResend()
  resend = new Resend('re_test', { baseUrl: fake.url })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  fake.setRateLimit(null)
})

describe('the fake Resend, through the real SDK', () => {
  it('accepts one email and a batch, answering like Resend ({ id } and { data: [{ id }] })', async () => {
    const one = await resend.emails.send(email())
    expect(one.error).toBeNull()
    expect(one.data?.id).toMatch(/^[0-9a-f-]{36}$/)

    const batch = await resend.batch.send([
      email('a@example.no'),
      email('b@example.no', {
        headers: { 'List-Unsubscribe': '<https://x.example/u>' },
        tags: [{ name: 'issue', value: '7' }],
      }),
    ])
    expect(batch.error).toBeNull()
    expect(batch.data?.data).toHaveLength(2)
    expect(fake.messages.map((m) => m.to[0])).toEqual([
      'kari@example.no',
      'a@example.no',
      'b@example.no',
    ])
    expect(fake.messages[2].headers['List-Unsubscribe']).toBe('<https://x.example/u>')
    expect(fake.messages[2].tags).toEqual([{ name: 'issue', value: '7' }])
  })

  it('validates strictly: required fields, unknown fields, 50 recipients, 100 emails, tag syntax', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...email(), subject: undefined }, /Missing `subject`/],
      [{ ...email(), from: 'not an address' }, /Invalid `from`/],
      [
        { ...email(), to: Array.from({ length: 51 }, (_, i) => `p${i}@example.no`) },
        /Too many recipients/,
      ],
      [{ ...email(), tags: [{ name: 'issue id', value: '1' }] }, /Tags should only contain/],
    ]
    for (const [body, message] of cases) {
      const res = await resend.emails.send(body as never)
      expect(res.error?.statusCode).toBe(422)
      expect(res.error?.message).toMatch(message)
    }
    const unknown = await fetch(`${fake.url}/emails`, {
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body: JSON.stringify({ ...email(), colour: 'blue' }),
    })
    expect(unknown.status).toBe(422)
    expect(await unknown.json()).toEqual({
      statusCode: 422,
      name: 'validation_error',
      message: 'Unknown field `colour`.',
    })

    const tooMany = await resend.batch.send(
      Array.from({ length: 101 }, (_, i) => email(`p${i}@example.no`)),
    )
    expect(tooMany.error).toMatchObject({ statusCode: 422, name: 'validation_error' })
    expect(tooMany.error?.message).toMatch(/at most 100/)

    const oneBad = await resend.batch.send([email(), { ...email(), to: ['nope'] }])
    expect(oneBad.error?.message).toMatch(/emails\[1\]\.to/)
    expect(fake.messages).toHaveLength(0)

    const noKey = await fetch(`${fake.url}/emails`, { method: 'POST', body: '{}' })
    expect(noKey.status).toBe(401)
  })

  it('takes attachments (base64 content and a file name) on single emails, refuses them in a batch or malformed', async () => {
    const ics = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64')
    const sent = await resend.emails.send(
      email('kari@example.no', {
        attachments: [{ filename: 'arrangement.ics', content: ics, contentType: 'text/calendar' }],
      }),
    )
    expect(sent.error).toBeNull()
    expect(fake.messages[0].attachments).toEqual([
      { filename: 'arrangement.ics', content: ics, content_type: 'text/calendar' },
    ])
    const noName = await resend.emails.send(
      email('kari@example.no', { attachments: [{ content: ics }] }),
    )
    expect(noName.error?.message).toContain('attachments[0].filename')
    const notBase64 = await fetch(`${fake.url}/emails`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer re_test' },
      body: JSON.stringify(
        email('kari@example.no', { attachments: [{ filename: 'a.ics', content: '%%%' }] }),
      ),
    })
    expect(notBase64.status).toBe(422)
    const batch = await resend.batch.send([
      email('a@example.no', { attachments: [{ filename: 'a.ics', content: ics }] }),
    ])
    expect(batch.error?.message).toContain('not supported by the batch endpoint')
    expect(fake.messages).toHaveLength(1)
  })

  it('replays the same Idempotency-Key and body without sending again; another body is 409', async () => {
    const emails = [email('a@example.no'), email('b@example.no')]
    const first = await resend.batch.send(emails, { idempotencyKey: 'newsletter-1-batch-0' })
    const again = await resend.batch.send(emails, { idempotencyKey: 'newsletter-1-batch-0' })
    expect(again.data).toEqual(first.data)
    expect(fake.messages).toHaveLength(2)
    expect(fake.requests.filter((r) => r.replayed)).toHaveLength(1)
    // The same JSON with its keys in another order is the same body, as at Resend.
    const reordered = await fetch(`${fake.url}/emails/batch`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Bearer re_test',
        'Idempotency-Key': 'newsletter-1-batch-0',
      },
      body: JSON.stringify(emails.map((e) => Object.fromEntries(Object.entries(e).reverse()))),
    })
    expect(await reordered.json()).toEqual(first.data)
    expect(fake.messages).toHaveLength(2)

    const changed = await resend.batch.send([email('c@example.no')], {
      idempotencyKey: 'newsletter-1-batch-0',
    })
    expect(changed.error).toMatchObject({ statusCode: 409, name: 'invalid_idempotent_request' })
    expect(fake.messages).toHaveLength(2)
  })

  it('rate-limits with 429, retry-after and ratelimit headers', async () => {
    fake.setRateLimit(2)
    const answers = await Promise.all(Array.from({ length: 5 }, () => resend.emails.send(email())))
    const limited = answers.filter((a) => a.error?.statusCode === 429)
    expect(limited.length).toBeGreaterThanOrEqual(3)
    expect(limited[0].error?.name).toBe('rate_limit_exceeded')
    expect(Number(limited[0].headers?.['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(fake.messages).toHaveLength(5 - limited.length)
  })

  it('injects 5xx, timeouts and lost answers; a retry under the same key then sends nothing twice', async () => {
    fake.setFailures({ count: 2, status: 503 })
    expect((await resend.emails.send(email())).error?.statusCode).toBe(503)
    expect((await resend.emails.send(email())).error?.statusCode).toBe(503)
    expect((await resend.emails.send(email())).error).toBeNull()
    expect(fake.messages).toHaveLength(1)

    fake.setFailures({ count: 1, mode: 'timeout', hangMs: 5_000 })
    const timedOut = await resend.emails.send(email(), {
      signal: AbortSignal.timeout(200),
    } as never)
    expect(timedOut.error?.statusCode).toBeNull()
    expect(fake.messages).toHaveLength(1)

    fake.setFailures({ count: 1, mode: 'accept-then-error', status: 500 })
    const uncertain = await resend.emails.send(email('z@example.no'), {
      idempotencyKey: 'welcome/42',
    })
    expect(uncertain.error?.statusCode).toBe(500)
    const retried = await resend.emails.send(email('z@example.no'), {
      idempotencyKey: 'welcome/42',
    })
    expect(retried.data?.id).toBe(fake.messages.at(-1)?.id)
    expect(fake.messages.filter((m) => m.to[0] === 'z@example.no')).toHaveLength(1)
  })

  it('shows the outbox: a list, and each email rendered in a sandboxed iframe with headers and text', async () => {
    await resend.emails.send(
      email('kari@example.no', {
        subject: 'Velkomen <3',
        headers: { 'List-Unsubscribe': '<mailto:u@vinje.example>' },
      }),
    )
    const list = await (await fetch(`${fake.url}/outbox`)).text()
    expect(list).toContain('Velkomen &lt;3')
    const id = fake.messages[0].id
    const page = await (await fetch(`${fake.url}/outbox/${id}`)).text()
    expect(page).toContain('sandbox=""')
    expect(page).toContain('List-Unsubscribe')
    expect(page).toContain('&lt;mailto:u@vinje.example&gt;')
    expect(page).toContain('<pre>Hei</pre>')
  })
})
