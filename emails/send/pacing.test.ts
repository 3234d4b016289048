/**
 * Pacing against the strictest reading of Resend's limit, a sliding window (R requests in ANY
 * second): on a fake clock, the rule (request k starts 1 s after the answer to request k − R) never
 * lets R + 1 requests share a second wherever between its start and its answer each one arrives,
 * and never waits for anything else; against the fake Resend in strict window mode, a sender with
 * varying work before each request gets no 429.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FakeResend, startFakeResend } from '../fake-resend'
import { Pacer, type PacerClock, sleep } from './pacing'
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

/** One request as a sender saw it: ready to go, let go by the pacer, its answer in. */
interface Sent {
  /** The order the pacer let requests go in (several at one instant are still in an order). */
  order: number
  ready: number
  start: number
  answer: number
}

/** Numbers requests in the order the pacer lets them go, across the senders of one test. */
let letGo = 0

/**
 * One sender as the submit loop is: some work (database, body), then the request, then waiting
 * for its answer, which it reports to the pacer. Returns its requests.
 */
async function sender(
  pacer: Pacer,
  clock: FakeClock,
  requests: number,
  timing: (k: number) => { workMs: number; answerMs: number },
) {
  const sent: Sent[] = []
  for (let k = 0; k < requests; k++) {
    const { workMs, answerMs } = timing(k)
    await clock.sleep(workMs)
    const ready = clock.now()
    const answered = await pacer.wait()
    const order = letGo++
    const start = clock.now()
    await clock.sleep(answerMs)
    answered()
    sent.push({ order, ready, start, answer: clock.now() })
  }
  return sent
}

/**
 * The provider counts a request somewhere between its start and its answer: `at` (0…1) picks
 * where, per request. The worst cases are the ends, so those are checked too.
 */
const arrivals = (sent: Sent[], at: () => number) =>
  sent.map((r) => r.start + at() * (r.answer - r.start))

/** In the order they went, every request went exactly when the rule let it: nothing else held it. */
function noTimeWasted(sent: Sent[], perWindow: number, windowMs: number) {
  const inOrder = [...sent].sort((a, b) => a.order - b.order)
  inOrder.forEach((r, k) => {
    const anchor = k >= perWindow ? inOrder[k - perWindow].answer + windowMs : -Infinity
    const previous = k > 0 ? inOrder[k - 1].start : -Infinity
    expect(r.start, `request ${k}`).toBe(Math.max(r.ready, anchor, previous))
  })
}

describe('the pacing rule, on a fake clock', () => {
  it('at 2 requests/s with varying work and round trips: never 3 arrivals in a second wherever between start and answer they arrive, and never a wait the rule does not ask for', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(2, clock)
    const r = random(7)
    const [sent] = await clock.run([
      sender(pacer, clock, 500, () => ({ workMs: 10 + r() * 140, answerMs: 40 + r() * 300 })),
    ])
    const at = random(11)
    for (const where of [() => 0, () => 1, at]) expect(busiestSecond(arrivals(sent, where))).toBe(2)
    noTimeWasted(sent, 2, 1000)
  })

  it('at 10 requests/s the same holds: never 11 in a second, no wait but the rule’s', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(10, clock)
    const r = random(3)
    const [sent] = await clock.run([
      sender(pacer, clock, 1000, () => ({ workMs: r() * 30, answerMs: 20 + r() * 40 })),
    ])
    const at = random(5)
    for (const where of [() => 0, () => 1, at])
      expect(busiestSecond(arrivals(sent, where))).toBe(10)
    noTimeWasted(sent, 10, 1000)
  })

  it('a slow answer holds back only the request R later, and only by its own lateness', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(2, clock)
    // Every fourth answer takes 700 ms: the request two later waits for it, 1 s from when it came.
    const [sent] = await clock.run([
      sender(pacer, clock, 200, (k) => ({ workMs: 50, answerMs: k % 4 === 3 ? 700 : 100 })),
    ])
    expect(busiestSecond(arrivals(sent, () => 1))).toBe(2)
    expect(busiestSecond(arrivals(sent, () => 0))).toBe(2)
    noTimeWasted(sent, 2, 1000)
    // After a 100 ms answer the request two later goes 1.1 s after that one's start.
    expect(sent[6].start - sent[4].start).toBe(1100)
  })

  it('keeps the window with several senders sharing one pacer, waiting for answers still out', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(3, clock)
    const r = random(19)
    const all = await clock.run(
      [0, 1, 2, 3].map(() =>
        sender(pacer, clock, 100, () => ({ workMs: r() * 50, answerMs: 30 + r() * 200 })),
      ),
    )
    const sent = all.flat()
    const at = random(29)
    for (const where of [() => 0, () => 1, at]) expect(busiestSecond(arrivals(sent, where))).toBe(3)
    noTimeWasted(sent, 3, 1000)
  })

  it('a rate below one a second spaces single requests: 0.5/s is one 2 s after the last answer', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(0.5, clock)
    const [sent] = await clock.run([sender(pacer, clock, 20, () => ({ workMs: 5, answerMs: 50 }))])
    const gaps = sent.slice(1).map((s, i) => s.start - sent[i].answer)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000)
    noTimeWasted(sent, 1, 2000)
  })

  it('a 429’s retry-after holds the next start back', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(2, clock)
    const [at] = await clock.run([
      (async () => {
        const answered = await pacer.wait()
        await clock.sleep(100)
        answered()
        pacer.pause(3000)
        await pacer.wait()
        return clock.now()
      })(),
    ])
    expect(at).toBe(3100)
  })

  it('a request that is never answered holds back the one R later (a sender must report it)', async () => {
    const clock = new FakeClock()
    const pacer = new Pacer(1, clock)
    await pacer.wait()
    await expect(clock.run([pacer.wait()])).rejects.toThrow(/never comes/)
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
