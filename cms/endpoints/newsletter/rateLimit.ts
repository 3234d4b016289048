/**
 * Sliding-window counters in memory: enough for one CMS process (the admin runs as one). They
 * limit how often one address can be signed up and how many signups one IP can make, so the form
 * cannot be used to flood someone's inbox with confirmation emails.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>()

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit; returns the ms to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs)
    if (recent.length >= this.max) {
      this.hits.set(key, recent)
      return recent[0] + this.windowMs - now
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 50_000) this.prune(now)
    return 0
  }

  private prune(now: number) {
    for (const [key, times] of this.hits) if (!times.some((t) => t > now - this.windowMs)) this.hits.delete(key)
  }

  reset() {
    this.hits.clear()
  }
}

/** 10 signups per IP per 10 minutes; 3 per address per hour. */
export const signupsPerIp = new RateLimiter(10, 10 * 60_000)
export const signupsPerAddress = new RateLimiter(3, 60 * 60_000)
