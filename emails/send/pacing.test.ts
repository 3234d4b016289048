/**
 * Pacing against the strictest reading of Resend's limit, a sliding window (R requests in ANY
 * second): on a fake clock, the rule never lets R + 1 starts (or arrivals a little later) share a
 * second and keeps the rate the margin allows (1 s in 1.1 s); against the fake Resend in strict window mode, a sender with
 * varying work before each request gets no 429.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FakeResend, startFakeResend } from '../fake-resend'
import { MARGIN_MS, Pacer, type PacerClock, sleep } from './pacing'
import { resendMessenger } from './resendMessenger'

/** A clock that jumps from timer to timer: hours of sending take milliseconds. */
class FakeClock implements PacerClock {
  private t = 0
  private timers: { at: number; seq: number; wake: () => void }[] = []
  private seq = 0

  now = () => this.t

  sleep = (ms: number) =>
    new Promise<void>((wake) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, wake })
    })

  /** Runs `tasks` to the end, moving time on only when every one of them waits for a timer. */
  async run<T>(tasks: Promise<T>[]): Promise<T[]> {
    let done = false
    const all = Promise.all(tasks).finally(() => (done = true))
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve))
      if (done) return all
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq)
      const next = this.timers.shift()
      if (!next) throw new Error('every task waits for something that never comes')
      this.t = Math.max(this.t, next.at)
      next.wake()
    }
  }
}

/** A deterministic 0…1 sequence, so every run checks the same timings. */
function random(seed: number) {
  let x = seed
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31
    return x / 2 ** 31
  }
}

/** The most of `times` inside any 1-second span (a sliding window's count). */
function busiestSecond(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 1000) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

/** Requests per second from the first start to the last. */
const sustained = (starts: number[]) => ((starts.length - 1) / (starts.at(-1)! - starts[0])) * 1000

/** The share of the rate the rule allows with its margin, less 1 %: nothing else is wasted. */
const asFastAsAllowed = (windowMs: number) => (0.99 * windowMs) / (windowMs + MARGIN_MS)

/**
 * One sender as the submit loop is: some work (database, body), then the request, then waiting
 * for its answer. Returns the start times.
 */
async function sender(
  pacer: Pacer,
  clock: FakeClock,
  requests: number,
  timing: (k: number) => { workMs: number; answerMs: number },
) {
  const starts: number[] = []
  for (let k = 0; k < requests; k++) {
    const { workMs, answerMs } = timing(k)
    await clock.sleep(workMs)
    await pacer.wait()
    starts.push(clock.now())
    await clock.sleep(answerMs)
  }
  return starts
}

describe('the pacing rule, on a fake clock', () => {
  it('at 2 requests/s with varying work and round trips: never 3 starts in a second, even arriving up to the margin late, as fast as the margin allows', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(2, clock)
    const r = random(7)
    const [starts] = await clock.run([
      sender(pacer, clock, 500, () => ({ workMs: 10 + r() * 140, answerMs: 40 + r() * 300 })),
    ])
    expect(busiestSecond(starts)).toBe(2)
    // The provider counts arrivals: each request reaches it 0–(margin − 1) ms after its start.
    const delay = random(11)
    expect(busiestSecond(starts.map((s) => s + delay() * (MARGIN_MS - 1)))).toBe(2)
    expect(sustained(starts) / 2).toBeGreaterThanOrEqual(asFastAsAllowed(1000))
  })

  it('at 10 requests/s the same holds: never 11 in a second, as fast as the margin allows', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(10, clock)
    const r = random(3)
    const [starts] = await clock.run([
      sender(pacer, clock, 1000, () => ({ workMs: r() * 30, answerMs: 20 + r() * 40 })),
    ])
    expect(busiestSecond(starts)).toBe(10)
    const delay = random(5)
    expect(busiestSecond(starts.map((s) => s + delay() * (MARGIN_MS - 1)))).toBe(10)
    expect(sustained(starts) / 10).toBeGreaterThanOrEqual(asFastAsAllowed(1000))
  })

  it('does not wait for answers: a slow answer once in a while is caught up by the next request', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(2, clock)
    // Every fourth answer takes 700 ms: waiting 1 s after the answer of request k − 2 loses
    // that time each time; counting from starts, the next request goes at once and nothing is lost.
    const [starts] = await clock.run([
      sender(pacer, clock, 200, (k) => ({ workMs: 50, answerMs: k % 4 === 3 ? 700 : 100 })),
    ])
    expect(busiestSecond(starts)).toBe(2)
    expect(sustained(starts) / 2).toBeGreaterThanOrEqual(asFastAsAllowed(1000))
  })

  it('keeps the window with several senders sharing one pacer', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(3, clock)
    const r = random(19)
    const all = await clock.run(
      [0, 1, 2, 3].map(() =>
        sender(pacer, clock, 100, () => ({ workMs: r() * 50, answerMs: 30 + r() * 200 })),
      ),
    )
    const starts = all.flat().sort((a, b) => a - b)
    expect(busiestSecond(starts)).toBe(3)
    expect(sustained(starts) / 3).toBeGreaterThanOrEqual(asFastAsAllowed(1000))
  })

  it('a rate below one a second spaces single requests: 0.5/s is one every 2 s', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(0.5, clock)
    const [starts] = await clock.run([
      sender(pacer, clock, 20, () => ({ workMs: 5, answerMs: 50 })),
    ])
    const gaps = starts.slice(1).map((s, i) => s - starts[i])
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000)
    expect(sustained(starts) / 0.5).toBeGreaterThanOrEqual(asFastAsAllowed(2000))
  })

  it('a 429’s retry-after holds the next start back', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(2, clock)
    const [at] = await clock.run([
      (async () => {
        await pacer.wait()
        await clock.sleep(100)
        pacer.pause(3000)
        await pacer.wait()
        return clock.now()
      })(),
    ])
    expect(at).toBe(3100)
  })
})

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

describe('pacing at the HTTP request, against the strict window', () => {
  it('gets no 429 at 2 requests/s though the work before each request varies', async () => {
    const messenger = resendMessenger({ apiKey: 're_test', baseUrl: fake.url })
    const pacer = new Pacer(2)
    const started = fake.requests.length
    const jitter = [0, 120, 0, 200, 10, 0, 150, 0, 300, 0]
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
    await sleep(1100)
  }, 30_000)

  it('sends 500 readers in 50 requests at 10/s with no 429, each reader once', async () => {
    fake.setRateLimit(10, undefined, 'sliding-window')
    try {
      const messenger = resendMessenger({ apiKey: 're_test', baseUrl: fake.url })
      const pacer = new Pacer(10)
      const started = fake.requests.length
      const sentBefore = fake.messages.length
      const r = random(23)
      for (let b = 0; b < 50; b++) {
        await sleep(r() * 40)
        const batch = Array.from({ length: 10 }, (_, i) => email(1000 + b * 10 + i))
        const outcome = await messenger.sendBatch(batch, {
          idempotencyKey: `pacing-test-${b}`,
          timeoutMs: 5000,
          pace: () => pacer.wait(),
        })
        expect(outcome, `request ${b}`).toMatchObject({ ok: true })
      }
      const requests = fake.requests.slice(started)
      expect(requests.filter((x) => x.status === 429)).toEqual([])
      expect(requests).toHaveLength(50)
      const readers = fake.messages.slice(sentBefore).map((m) => m.to[0])
      expect(new Set(readers).size).toBe(500)
      expect(readers).toHaveLength(500)
    } finally {
      fake.setRateLimit(2, undefined, 'sliding-window')
    }
  }, 30_000)
})
