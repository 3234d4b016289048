/**
 * A per-client limit on public form posts (sliding window, in memory). One admin process serves
 * the public endpoints, so memory is the right place; the map is capped so a flood of addresses
 * cannot grow it without bound.
 */
export interface RateLimitResult {
  allowed: boolean
  /** When the client may try again (0 when allowed). */
  retryAfterSeconds: number
}

export interface RateLimiter {
  hit(key: string, now?: number): RateLimitResult
  reset(): void
}

export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const hits = new Map<string, number[]>()
  return {
    hit(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) }
      }
      recent.push(now)
      hits.delete(key) // re-insert: Map order is then oldest-used first
      hits.set(key, recent)
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value as string)
      return { allowed: true, retryAfterSeconds: 0 }
    },
    reset() {
      hits.clear()
    },
  }
}

/**
 * The client's address as the reverse proxy in front of the admin saw it: the last entry of
 * X-Forwarded-For is the one our proxy appended (earlier entries are whatever the client sent).
 */
export function clientAddress(req: { headers: Headers }): string {
  const forwarded = req.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop()
  return last || req.headers.get('x-real-ip')?.trim() || 'unknown'
}
