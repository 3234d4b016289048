/**
 * Resend's Idempotency-Key semantics (kept 24 h there, for the server's lifetime here): the same key
 * with the same body replays the first answer and sends nothing; the same key with another body is
 * 409 invalid_idempotent_request; a key whose first request is still running is 409
 * concurrent_idempotent_requests. Only accepted requests are remembered, so a request that failed
 * before anything was sent can be retried under its key.
 *
 * "The same body" means the same JSON whatever the key order, but a retry almost always sends the
 * same bytes: those are hashed as they came (a few ms for a 4 MB batch), and the canonical form
 * (tens of ms, which would sit in every answer's time) is worked out only when the bytes differ.
 */
import { createHash } from 'node:crypto'

import { fail } from './errors'

interface Entry {
  bytesHash: string
  /** The parsed body (its strings are the recorded emails' own), for the canonical form. */
  body: unknown
  canonicalHash?: string
  state: 'running' | 'done'
  status?: number
  response?: unknown
}

/** Key order must not matter: hash a canonical form of the parsed body. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export const bodyHash = (body: unknown) =>
  createHash('sha256').update(canonical(body)).digest('hex')

export class IdempotencyStore {
  private entries = new Map<string, Entry>()

  /** Checks the key before any work: returns a stored answer to replay, or reserves the key. */
  begin(
    scope: string,
    key: string,
    body: unknown,
    bytes: Buffer,
  ): { replay: { status: number; response: unknown } } | { reserved: true } {
    if (key.length < 1 || key.length > 256)
      fail(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.')
    const id = `${scope} ${key}`
    const bytesHash = createHash('sha256').update(bytes).digest('hex')
    const existing = this.entries.get(id)
    if (existing) {
      const same =
        existing.bytesHash === bytesHash ||
        (existing.canonicalHash ??= bodyHash(existing.body)) === bodyHash(body)
      if (!same) {
        fail(
          409,
          'invalid_idempotent_request',
          'Same idempotency key used with a different request payload. Change your idempotency key or payload.',
        )
      }
      if (existing.state === 'running') {
        fail(
          409,
          'concurrent_idempotent_requests',
          'Same idempotency key used while original request is still in progress. Try the request again later.',
        )
      }
      return { replay: { status: existing.status!, response: existing.response } }
    }
    this.entries.set(id, { bytesHash, body, state: 'running' })
    return { reserved: true }
  }

  complete(scope: string, key: string, status: number, response: unknown) {
    const entry = this.entries.get(`${scope} ${key}`)
    if (entry) Object.assign(entry, { state: 'done', status, response })
  }

  /** The request failed before anything was sent: the key may be used again. */
  release(scope: string, key: string) {
    const entry = this.entries.get(`${scope} ${key}`)
    if (entry?.state === 'running') this.entries.delete(`${scope} ${key}`)
  }

  clear() {
    this.entries.clear()
  }
}
