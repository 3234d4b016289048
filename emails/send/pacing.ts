/**
 * Paces requests to the provider. Resend's limit counts requests (not emails) as they arrive, and
 * the strictest reading of "R requests per second" is a sliding window: at most R arrivals in ANY
 * 1-second span. One rule keeps every such window within the limit and wastes nothing:
 *
 *   request k starts no earlier than the start of request k − R, plus 1 s, plus MARGIN_MS.
 *
 * Then requests k − R … k − 1 all start less than 1 s before k, so R of them fit in a second and
 * never R + 1. The provider counts arrivals, not our starts: a request arrives a few ms after it
 * starts, and that delay varies (the other side's event loop, the scheduler); the margin absorbs
 * the difference between two delays. The rule waits only on starts, not answers: a sender whose
 * answer comes back quickly sends the next at once, and one that was late catches up (starting 1 s
 * after the answer of request k − R instead cost the whole round trip: 80.8 % of the ceiling).
 *
 * "Start" is the moment `wait()` resolves, which belongs right before the HTTP request is issued,
 * after the database write and the body are done (the Resend adapter calls it inside the SDK's
 * fetch): timed earlier, that varying work would sit between our start and the real one. `wait()`
 * resolves to `sent`, which the adapter calls when the request's headers are on the socket: that
 * moves the recorded start later, past what happens in between (the first fetch of a process
 * loads undici and connects: 30–70 ms that a later request does not spend).
 *
 * A rate that is not a whole number (0.5/s) has no "R in a second": one request per 1/rate s.
 * A 429's retry-after pushes the next start back for everyone (`pause`).
 */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * How much later than the window allows a request starts: arrival delays differ by less. 30 ms
 * was not enough on a loaded two-core machine (a garbage collection or a descheduled process
 * between a start and its arrival: one 429 in seven requests); 100 ms costs 1/11 of the rate.
 */
export const MARGIN_MS = 100

/** Time as the pacer reads it: `performance.now()` and timers, or a test's fake clock. */
export interface PacerClock {
  now(): number
  sleep(ms: number): Promise<void>
}

const realClock: PacerClock = { now: () => performance.now(), sleep }

export class Pacer {
  /** Start times of the last `perWindow` requests, oldest first. */
  private starts: { at: number }[] = []
  private notBefore = -Infinity
  /** At most `perWindow` requests start in any `windowMs` (plus the margin). */
  readonly perWindow: number
  readonly windowMs: number

  constructor(
    perSecond: number,
    private readonly clock: PacerClock = realClock,
    readonly marginMs = MARGIN_MS,
  ) {
    if (!(perSecond > 0)) throw new Error(`The send rate must be above 0 (got ${perSecond})`)
    const whole = Number.isInteger(perSecond)
    this.perWindow = whole ? perSecond : 1
    this.windowMs = whole ? 1000 : 1000 / perSecond
  }

  /** The earliest moment the next request may start. */
  private earliest(): number {
    const oldest =
      this.starts.length >= this.perWindow
        ? this.starts[this.starts.length - this.perWindow].at + this.windowMs + this.marginMs
        : -Infinity
    return Math.max(oldest, this.notBefore)
  }

  /**
   * Resolves when the next request may start, counting it as started then, to `sent`: call it
   * when the request has really gone out to count the start from there. Checked and booked
   * without an await in between, so concurrent callers never take the same slot.
   */
  async wait(): Promise<() => void> {
    for (;;) {
      const now = this.clock.now()
      const at = this.earliest()
      if (at <= now) {
        const start = { at: now }
        this.starts.push(start)
        if (this.starts.length > this.perWindow) this.starts.shift()
        return () => {
          start.at = Math.max(start.at, this.clock.now())
        }
      }
      await this.clock.sleep(at - now)
    }
  }

  /** The provider said "not before `ms` from now". */
  pause(ms: number) {
    this.notBefore = Math.max(this.notBefore, this.clock.now() + ms)
  }
}

/** Exponential backoff with full jitter: 1×, 2×, 4× … the base, at most `maxMs`. */
export const backoffMs = (attempt: number, baseMs: number, maxMs = 30_000) =>
  Math.min(maxMs, baseMs * 2 ** attempt) * (0.5 + Math.random() / 2)
