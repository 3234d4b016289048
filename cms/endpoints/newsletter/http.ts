/**
 * Request and response plumbing of the public newsletter endpoints: bodies read with a size cap
 * (the raw text, which the webhook signature needs), JSON and plain form posts parsed alike, and
 * answers as JSON for scripts or as small HTML pages and redirects for browsers.
 */
import type { PayloadRequest } from 'payload'

import { BodyTooLargeError, readLimitedText } from '../lib/readLimited'

export const MAX_BODY_BYTES = 64 * 1024

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** The body as text, refusing more than `max` bytes without reading it all. */
export async function readRawBody(req: PayloadRequest, max = MAX_BODY_BYTES, tooLarge = `The request is larger than ${max / 1024} KB.`): Promise<string> {
  try {
    return await readLimitedText(req as unknown as { headers: Headers; body: ReadableStream<Uint8Array> | null }, max)
  } catch (err) {
    throw err instanceof BodyTooLargeError ? new HttpError(413, tooLarge) : err
  }
}

export type BodyKind = 'json' | 'form'

export function bodyKind(req: PayloadRequest): BodyKind | null {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/json') return 'json'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  return null
}

/** Form fields as an object; a repeated field (topics=a&topics=b) becomes an array. */
export function parseForm(raw: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(raw)) {
    const prev = out[key]
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value]
  }
  return out
}

export function parseJson(raw: string, message: string): Record<string, unknown> {
  try {
    const value = JSON.parse(raw)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value
  } catch {
    // fall through
  }
  throw new HttpError(400, message)
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } })

export const htmlResponse = (status: number, html: string, headers: Record<string, string> = {}) =>
  new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Pages with tokens in their address must not leak them to other sites.
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      ...headers,
    },
  })

export const redirect = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })

export const tokenFrom = (req: PayloadRequest, form?: Record<string, string | string[]>) => {
  const fromForm = form?.token
  return (typeof fromForm === 'string' && fromForm) || req.searchParams?.get('token') || new URL(req.url!).searchParams.get('token') || ''
}
