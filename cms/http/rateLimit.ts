import { isIP } from 'node:net'

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

export function createRateLimiter({
  limit,
  windowMs,
  maxKeys = 10_000,
}: {
  limit: number
  windowMs: number
  maxKeys?: number
}): RateLimiter {
  const hits = new Map<string, number[]>()
  return {
    hit(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)),
        }
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
 * The header our own HTTP servers (the admin's, the REST server) write the client's address into,
 * after deleting any copy the client sent. Handlers read only this: Next's route handlers do not
 * see the socket, and Next keeps a client-sent X-Forwarded-For as it is.
 */
export const CLIENT_ADDRESS_HEADER = 'x-naeringshub-client-address'

/** TRUST_PROXY: how many proxies stand in front (a hop count), or which addresses they have. */
export type TrustProxy = { hops: number } | { addresses: Set<string> } | null

const LOOPBACK = ['127.0.0.1', '::1']

/** Unset or empty: trust nothing. "1": one proxy. "127.0.0.1, 10.0.0.5" or "loopback": these. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = value?.trim()
  if (!v || v === '0' || v === 'false') return null
  if (/^\d+$/.test(v)) return { hops: Number(v) }
  const list = v.split(',').map((s) => s.trim().toLowerCase())
  const addresses = new Set(list.flatMap((a) => (a === 'loopback' ? LOOPBACK : [plainIp(a)])))
  for (const a of addresses)
    if (!isIP(a))
      throw new Error(
        `TRUST_PROXY has "${a}": use a hop count (1), "loopback" or a list of IP addresses`,
      )
  return { addresses }
}

/** "::ffff:10.0.0.1" (IPv4 on an IPv6 socket) is 10.0.0.1. */
const plainIp = (a: string) => a.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

/**
 * Who sent the request: the socket's address, unless that is a trusted proxy; then the
 * X-Forwarded-For entries are walked from the right (the nearest proxy appended the last one),
 * as far as the trust goes. What the client wrote at the left is never taken on trust.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustProxy,
): string {
  const chain = [
    plainIp(socketAddress ?? ''),
    ...(forwardedFor ?? '')
      .split(',')
      .map((s) => plainIp(s.trim()))
      .filter(Boolean)
      .reverse(),
  ]
  if (!trust) return chain[0] || 'unknown'
  if ('hops' in trust) return chain[Math.min(trust.hops, chain.length - 1)] || 'unknown'
  let i = 0
  while (i < chain.length - 1 && trust.addresses.has(chain[i])) i++
  return chain[i] || 'unknown'
}

/**
 * Run by our servers before a request reaches Next or Payload: the real client address goes into
 * CLIENT_ADDRESS_HEADER and X-Forwarded-For (so nothing downstream reads a forged one).
 */
export function stampClientAddress(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trust: TrustProxy,
) {
  const forwarded = headers['x-forwarded-for']
  const client = resolveClientAddress(
    socketAddress,
    Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
    trust,
  )
  headers[CLIENT_ADDRESS_HEADER] = client
  headers['x-forwarded-for'] = client
  delete headers['x-real-ip']
  return client
}

/** The client's address as our server stamped it (see stampClientAddress). */
export function clientAddress(req: { headers: Headers }): string {
  return req.headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown'
}
