/**
 * A token bucket like the one in front of Resend's API: `perSecond` requests a second with a burst
 * of the same size (or `burst`). A refused request gets the seconds until the next token (retry-after).
 */
export class TokenBucket {
  private tokens: number
  private last = performance.now()
  private readonly burst: number

  constructor(
    private perSecond: number,
    burst?: number,
  ) {
    this.burst = Math.max(1, burst ?? perSecond)
    this.tokens = this.burst
  }

  private refill() {
    const now = performance.now()
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
  }

  get capacity() {
    return this.burst
  }

  /** Takes a token, or says how long to wait for one. */
  take(): { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number } {
    this.refill()
    if (this.tokens >= 1) {
      this.tokens -= 1
      return { ok: true, remaining: Math.floor(this.tokens) }
    }
    return { ok: false, retryAfterSeconds: (1 - this.tokens) / this.perSecond }
  }

  get limit() {
    return this.perSecond
  }
}

/**
 * The strictest reading of "N requests per second": at most `perSecond` requests admitted in ANY
 * 1-second window. A client that spaces its starts only at the bare interval, timed before some
 * variable work, gets 429s here that a token bucket would forgive.
 */
export class SlidingWindow {
  private admitted: number[] = []

  constructor(private readonly perSecond: number) {}

  take(): { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number } {
    const now = performance.now()
    while (this.admitted.length && this.admitted[0] <= now - 1000) this.admitted.shift()
    if (this.admitted.length < this.perSecond) {
      this.admitted.push(now)
      return { ok: true, remaining: this.perSecond - this.admitted.length }
    }
    return { ok: false, retryAfterSeconds: (this.admitted[0] + 1000 - now) / 1000 }
  }

  get limit() {
    return this.perSecond
  }
}

export type RateLimitKind = 'token-bucket' | 'sliding-window'

export const rateLimiter = (
  perSecond: number,
  burst?: number,
  kind: RateLimitKind = 'token-bucket',
) => (kind === 'sliding-window' ? new SlidingWindow(perSecond) : new TokenBucket(perSecond, burst))
