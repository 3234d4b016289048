import { describe, expect, it } from 'vitest'

import { FormBodyError, readFormBody } from './formBody'
import { isHoneypotFilled } from './honeypot'
import { clientAddress, createRateLimiter } from './rateLimit'

const request = (body: string | Uint8Array, type: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/x', { method: 'POST', body, headers: { 'Content-Type': type, ...headers } })

describe('reading a form body', () => {
  it('reads an HTML form post, repeated names as a list', async () => {
    const body = await readFormBody(request('orgNumber=921300018&topics=hms&topics=eksport&text=%C3%A6%C3%B8%C3%A5+ok', 'application/x-www-form-urlencoded; charset=UTF-8'))
    expect(body).toEqual({ kind: 'form', fields: { orgNumber: '921300018', topics: ['hms', 'eksport'], text: 'æøå ok' } })
  })

  it('reads a JSON object', async () => {
    expect(await readFormBody(request('{"a":1}', 'application/json'))).toEqual({ kind: 'json', fields: { a: 1 } })
  })

  it('refuses other types, oversized bodies (declared or not), bad JSON and non-objects', async () => {
    const status = (p: Promise<unknown>) => p.then(() => 0, (e: FormBodyError) => e.status)
    expect(await status(readFormBody(request('x', 'text/plain')))).toBe(415)
    expect(await status(readFormBody(request('x'.repeat(2000), 'application/json'), 1024))).toBe(413)
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('x'.repeat(1500))); c.close() } })
    const undeclared = new Request('http://localhost/', { method: 'POST', body: stream, headers: { 'Content-Type': 'application/json' }, duplex: 'half' } as RequestInit)
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

  it('takes the address our proxy appended, not what the client claims', () => {
    const headers = (h: Record<string, string>) => ({ headers: new Headers(h) })
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientAddress(headers({ 'x-real-ip': '203.0.113.10' }))).toBe('203.0.113.10')
    expect(clientAddress(headers({}))).toBe('unknown')
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
