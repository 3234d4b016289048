/**
 * Paces requests to the provider: starts at least 1/rate s apart (Resend's limit counts requests,
 * not emails), and a 429's retry-after pushes the next start back for everyone.
 */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class Pacer {
  private nextStart = 0

  constructor(private readonly perSecond: number) {}

  get intervalMs() {
    return 1000 / this.perSecond
  }

  /** Resolves when the next request may start, and books that slot. */
  async wait(): Promise<number> {
    const now = performance.now()
    const start = Math.max(now, this.nextStart)
    this.nextStart = start + this.intervalMs
    const delay = start - now
    if (delay > 0) await sleep(delay)
    return delay
  }

  /** The provider said "not before `ms` from now". */
  pause(ms: number) {
    this.nextStart = Math.max(this.nextStart, performance.now() + ms)
  }
}

/** Exponential backoff with full jitter: 1×, 2×, 4× … the base, at most `maxMs`. */
export const backoffMs = (attempt: number, baseMs: number, maxMs = 30_000) => Math.min(maxMs, baseMs * 2 ** attempt) * (0.5 + Math.random() / 2)
