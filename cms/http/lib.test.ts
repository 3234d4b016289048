import { describe, expect, it } from 'vitest'

import { readFormBody } from './body'
import { HttpError } from './errors'
import { isHoneypotFilled } from './honeypot'
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  createRateLimiter,
  parseTrustProxy,
  resolveClientAddress,
  stampClientAddress,
} from './rateLimit'

const request = (
  body: string | Uint8Array<ArrayBuffer>,
  type: string,
  headers: Record<string, string> = {},
) =>
  new Request('http://localhost/api/x', {
    method: 'POST',
    body,
    headers: { 'Content-Type': type, ...headers },
  })

describe('reading a form body', () => {
  it('reads an HTML form post, repeated names as a list', async () => {
    const body = await readFormBody(
      request(
        'orgNumber=921300018&topics=hms&topics=eksport&text=%C3%A6%C3%B8%C3%A5+ok',
        'application/x-www-form-urlencoded; charset=UTF-8',
      ),
    )
    expect(body).toEqual({
      kind: 'form',
      fields: { orgNumber: '921300018', topics: ['hms', 'eksport'], text: 'æøå ok' },
    })
  })

  it('reads a JSON object', async () => {
    expect(await readFormBody(request('{"a":1}', 'application/json'))).toEqual({
      kind: 'json',
      fields: { a: 1 },
    })
  })

  it('refuses other types, oversized bodies (declared or not), bad JSON and non-objects', async () => {
    const status = (p: Promise<unknown>) =>
      p.then(
        () => 0,
        (e: HttpError) => e.status,
      )
    expect(await status(readFormBody(request('x', 'text/plain')))).toBe(415)
    expect(await status(readFormBody(request('x'.repeat(2000), 'application/json'), 1024))).toBe(
      413,
    )
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('x'.repeat(1500)))
        c.close()
      },
    })
    const undeclared = new Request('http://localhost/', {
      method: 'POST',
      body: stream,
      headers: { 'Content-Type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(await status(readFormBody(undeclared, 1024))).toBe(413)
    expect(await status(readFormBody(request('{', 'application/json')))).toBe(400)
    expect(await status(readFormBody(request('[1]', 'application/json')))).toBe(400)
  })
})

describe('the rate limiter', () => {
  it('allows the limit within the window, then says when to come back', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    expect(limiter.hit('a', 0).allowed).toBe(true)
    expect(limiter.hit('a', 1_000).allowed).toBe(true)
    expect(limiter.hit('a', 2_000)).toEqual({ allowed: false, retryAfterSeconds: 58 })
    expect(limiter.hit('b', 2_000).allowed).toBe(true)
    expect(limiter.hit('a', 60_001).allowed).toBe(true)
  })

  it('forgets the oldest addresses beyond its cap', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 })
    limiter.hit('a', 0)
    limiter.hit('b', 0)
    limiter.hit('c', 0)
    expect(limiter.hit('a', 1).allowed).toBe(true)
  })

  it('believes no forwarded header unless TRUST_PROXY says so: the socket address counts', () => {
    expect(resolveClientAddress('203.0.113.9', '6.6.6.6', null)).toBe('203.0.113.9')
    expect(resolveClientAddress('::ffff:203.0.113.9', undefined, null)).toBe('203.0.113.9')
  })

  it('with a hop count, takes the address the nearest proxies appended, not the client-written ones', () => {
    const one = parseTrustProxy('1')
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9', one)).toBe('203.0.113.9')
    expect(resolveClientAddress('127.0.0.1', undefined, one)).toBe('127.0.0.1')
    const two = parseTrustProxy('2')
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9, 10.0.0.1', two)).toBe(
      '203.0.113.9',
    )
  })

  it('with an address list, walks back only through the listed proxies', () => {
    const trust = parseTrustProxy('loopback, 10.0.0.1')
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.1', trust)).toBe(
      '203.0.113.9',
    )
    // A request that did not come through a trusted proxy: its header is the client's own claim.
    expect(resolveClientAddress('198.51.100.4', '6.6.6.6', trust)).toBe('198.51.100.4')
    expect(() => parseTrustProxy('my-proxy')).toThrow(/TRUST_PROXY/)
  })

  it('stamps the resolved address over any copy the client sent', () => {
    const headers: Record<string, string> = {
      [CLIENT_ADDRESS_HEADER]: '1.2.3.4',
      'x-forwarded-for': '6.6.6.6',
    }
    stampClientAddress(headers, '198.51.100.4', null)
    const req = { headers: new Headers(headers) }
    expect(clientAddress(req)).toBe('198.51.100.4')
    expect(req.headers.get('x-forwarded-for')).toBe('198.51.100.4')
  })
})

describe('the honeypot', () => {
  it('is filled only by a non-empty value', () => {
    expect(isHoneypotFilled({ website: '' })).toBe(false)
    expect(isHoneypotFilled({ website: '  ' })).toBe(false)
    expect(isHoneypotFilled({})).toBe(false)
    expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true)
    expect(isHoneypotFilled({ website: ['', 'x'] })).toBe(true)
  })
})
