/**
 * Pacing counts where the provider counts: at the HTTP request. Against the fake's strict sliding
 * window (2 requests in ANY second), with a varying amount of work (the database write, the body)
 * before each request, the sender still gets no 429.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FakeResend, startFakeResend } from '../fake-resend'
import { Pacer, sleep } from './pacing'
import { resendMessenger } from './resendMessenger'

let fake: FakeResend
beforeAll(async () => {
  fake = await startFakeResend({ rateLimitPerSecond: 2, rateLimitKind: 'sliding-window' })
})
afterAll(() => fake.close())

const email = (i: number) => ({
  from: 'Næringskontoret <nyheitsbrev@vinje.example>',
  to: `lesar${i}@example.no`,
  subject: 'Hei',
  html: '<p>Hei</p>',
  text: 'Hei',
})

describe('the fake’s strict sliding window', () => {
  it('refuses a third request inside any 1-second window, even when evenly spaced at 300 ms (a token bucket would let it through)', async () => {
    const messenger = resendMessenger({ apiKey: 're_test', baseUrl: fake.url })
    const started = fake.requests.length
    for (let i = 0; i < 3; i++) {
      await messenger.sendOne(email(i), { timeoutMs: 2000 })
      await sleep(300)
    }
    expect(fake.requests.slice(started).map((r) => r.status)).toEqual([200, 200, 429])
    await sleep(1100)
  })
})

describe('pacing at the HTTP request', () => {
  it('gets no 429 from the strict window though the work before each request varies', async () => {
    const messenger = resendMessenger({ apiKey: 're_test', baseUrl: fake.url })
    const pacer = new Pacer(2)
    const started = fake.requests.length
    const jitter = [0, 120, 0, 200, 10, 0, 150, 0]
    for (const [i, ms] of jitter.entries()) {
      await sleep(ms)
      const outcome = await messenger.sendBatch([email(i), email(i + 100)], {
        timeoutMs: 5000,
        pace: () => pacer.wait(),
      })
      expect(outcome, `request ${i}`).toMatchObject({ ok: true })
    }
    const requests = fake.requests.slice(started)
    expect(requests.filter((r) => r.status === 429)).toEqual([])
    expect(requests).toHaveLength(jitter.length)
  }, 30_000)
})
