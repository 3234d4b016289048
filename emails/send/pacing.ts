/**
 * Paces requests to the provider (Resend's limit counts requests, not emails), two rules:
 * 1. real starts at least 1/rate s apart, plus SAFETY_SHARE, and a 429's retry-after pushes the
 *    next start back for everyone. `wait()` belongs right before the HTTP request goes out (the
 *    messenger's `pace`), after the database write and the body: timed earlier, that varying work
 *    squeezed two real starts closer than the interval;
 * 2. at most `rate` requests reach the provider in ANY second, whatever the way there does: a
 *    request arrives after it starts and before its answer comes back, so a start ≥ 1 s after the
 *    answer of the request `rate` back cannot share a second with it. A strict sliding-window
 *    limiter needs this; rule 1 alone leaves it to how evenly requests arrive (bench/newsletter.ts:
 *    5 × 429 in 106 requests with rule 1 alone, 0 with both).
 * `wait()` resolves to a function to call when the answer is back (or the request gave up).
 */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export const SAFETY_SHARE = 0.02
/** Timer and clock granularity on top of rule 2's second. */
const GUARD_MS = 2

export class Pacer {
  private nextStart = 0
  /** When the answers of the last `rate` requests came back (rule 2). */
  private answers: number[] = []
  private readonly window: number

  constructor(private readonly perSecond: number) {
    // Rule 2 needs a whole number of requests per second; other rates keep rule 1 only.
    this.window = Number.isInteger(perSecond) && perSecond >= 1 ? perSecond : 0
  }

  get intervalMs() {
    return (1000 / this.perSecond) * (1 + SAFETY_SHARE)
  }

  /** Resolves when the next request may start (booking that slot) with its "answered" callback. */
  async wait(): Promise<() => void> {
    for (;;) {
      const now = performance.now()
      let start = Math.max(now, this.nextStart)
      if (this.window && this.answers.length >= this.window)
        start = Math.max(start, this.answers[this.answers.length - this.window] + 1000 + GUARD_MS)
      if (start <= now) break
      await sleep(start - now)
    }
    this.nextStart = performance.now() + this.intervalMs
    let answered = false
    return () => {
      if (answered || !this.window) return
      answered = true
      this.answers.push(performance.now())
      if (this.answers.length > this.window) this.answers.shift()
    }
  }

  /** The provider said "not before `ms` from now". */
  pause(ms: number) {
    this.nextStart = Math.max(this.nextStart, performance.now() + ms)
  }
}

/** Exponential backoff with full jitter: 1×, 2×, 4× … the base, at most `maxMs`. */
export const backoffMs = (attempt: number, baseMs: number, maxMs = 30_000) =>
  Math.min(maxMs, baseMs * 2 ** attempt) * (0.5 + Math.random() / 2)
