/**
 * Paces requests to the provider. Resend's limit counts requests (not emails) as they arrive, and
 * the strictest reading of "R requests per second" is a sliding window: at most R arrivals in ANY
 * 1-second span. One rule keeps every such window within the limit with no margin and no guess
 * about how long anything takes:
 *
 *   request k starts no earlier than 1 s after we saw the ANSWER to request k − R.
 *
 * Why no window can hold R + 1 arrivals, whatever the delays. Requests are booked (numbered) at
 * the moment they are let go, so starts are in booking order. Take any R + 1 requests, j the first
 * booked and m the last: m ≥ j + R, so m starts no earlier than request j + R, which started at
 * least 1 s after we saw j's answer (B). The provider decides whether a request is within its limit
 * before it answers it: it counted j (at A) before it sent the answer, which reached us later still,
 * so A ≤ B. A request cannot arrive before it leaves, so m arrives at or after its start:
 *
 *   arrival(m) ≥ start(m) ≥ start(j + R) ≥ B + 1 s ≥ A + 1 s = arrival(j) + 1 s
 *
 * and j and m never share a second. That is causality only: no bound on how late a request or an
 * answer travels, no clock on the provider's side (both moments are ours, on one monotonic
 * clock), and B is noted when we SEE the answer, which can only be later than it came: the safe
 * side. The fake Resend counts a request when its headers are in (before the body), Resend maybe
 * later: either way before it answers.
 *
 * The rule this replaces timed request k from the START of request k − R, plus 1 s and a margin for
 * the difference between two arrival delays. Such a delay has no upper bound on a loaded machine
 * (a descheduled process, a garbage collection between a start and its arrival): a 30 ms margin
 * drew a 429 in CI, and 100 ms cost 1/11 of the rate on every request while still resting on a
 * guess. This rule costs instead the provider's answer time of request k − R (its upload and
 * processing, after the 1 s it waits anyway) and nothing else: the requests in between go at once,
 * so the database writes and the next body are made while the window runs. Against the fake
 * (3–4 MB per batch of 100) that is a few tens of ms; against Resend, its real round trip.
 *
 * `wait()` resolves when request k may start and books it, to `answered`, which the caller MUST
 * call once the answer (or the failure) is in: the Resend adapter calls it as soon as the answer's
 * headers arrive, the submit loop again when the call returns (the first call counts). A request
 * that got no answer at all (network error, timeout) counts from when we gave up on it: the one
 * case the argument does not cover (it could in theory still be on its way), and a backoff
 * (`pause`) follows it anyway. A 429 counts like any other answer (the provider may not count a
 * refused request: the safe side again).
 *
 * With several senders on one pacer, request k may come up before request k − R was answered: it
 * waits for that answer first. A rate that is not a whole number (0.5/s) has no "R in a second":
 * one request per 1/rate s, counted from the previous answer. A 429's retry-after pushes the next
 * start back for everyone (`pause`).
 */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Time as the pacer reads it: `performance.now()` and timers, or a test's fake clock. */
export interface PacerClock {
  now(): number
  sleep(ms: number): Promise<void>
}

const realClock: PacerClock = { now: () => performance.now(), sleep }

interface Booked {
  /** When its answer (or its failure) was seen; null while it is in flight. */
  answeredAt: number | null
  answer: Promise<void>
  settle: () => void
}

export class Pacer {
  /** The last `perWindow` requests booked, oldest first. */
  private booked: Booked[] = []
  private notBefore = -Infinity
  /** At most `perWindow` requests arrive in any `windowMs`. */
  readonly perWindow: number
  readonly windowMs: number

  constructor(
    perSecond: number,
    private readonly clock: PacerClock = realClock,
  ) {
    if (!(perSecond > 0)) throw new Error(`The send rate must be above 0 (got ${perSecond})`)
    const whole = Number.isInteger(perSecond)
    this.perWindow = whole ? perSecond : 1
    this.windowMs = whole ? 1000 : 1000 / perSecond
  }

  /**
   * Resolves when the next request may start, booking it, to `answered`: call it when the
   * request's answer (or failure) is in. Checked and booked without an await in between, so
   * concurrent callers never take the same slot.
   */
  async wait(): Promise<() => void> {
    for (;;) {
      const now = this.clock.now()
      if (this.notBefore > now) {
        await this.clock.sleep(this.notBefore - now)
        continue
      }
      const anchor =
        this.booked.length >= this.perWindow
          ? this.booked[this.booked.length - this.perWindow]
          : null
      if (anchor && anchor.answeredAt === null) {
        await anchor.answer
        continue
      }
      if (anchor && anchor.answeredAt! + this.windowMs > now) {
        await this.clock.sleep(anchor.answeredAt! + this.windowMs - now)
        continue
      }
      let settle = () => {}
      const answer = new Promise<void>((resolve) => (settle = resolve))
      const request: Booked = { answeredAt: null, answer, settle }
      this.booked.push(request)
      if (this.booked.length > this.perWindow) this.booked.shift()
      return () => {
        if (request.answeredAt !== null) return
        request.answeredAt = this.clock.now()
        request.settle()
      }
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
