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
