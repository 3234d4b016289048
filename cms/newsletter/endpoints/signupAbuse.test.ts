/**
 * The signup form against a prober, over real HTTP (audit findings F5, F8): a forged
 * X-Forwarded-For does not dodge the per-client limit, clients without any header are not one
 * bucket, and the answer time does not tell whether an address is subscribed.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type CmsServer, startCmsServer } from '../../restServer'
import { newsletterTestbed, type Testbed } from '../test/harness'

let bed: Testbed
let cms: CmsServer
let slowResend: http.Server

/** A POST from a given loopback address (127.0.0.0/8 all reach this machine). */
function postFrom(
  localAddress: string,
  data: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  const url = new URL('/api/newsletter/subscribe', cms.url)
  const body = JSON.stringify(data)
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode!, ms: performance.now() - started }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Resend as slow as it is over the internet: each request waits 300 ms before the fake answers. */
function startSlowProxy(target: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    setTimeout(() => {
      const upstream = http.request(
        new URL(req.url!, target),
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode!, answer.headers)
          answer.pipe(res)
        },
      )
      req.pipe(upstream)
    }, 300)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  bed = await newsletterTestbed()
  cms = await startCmsServer()
})
afterAll(async () => {
  await cms?.close()
  slowResend?.close()
  await bed?.close()
})

describe('answer time (F8)', () => {
  it('is the same for an already-subscribed address as for a new one', async () => {
    const proxy = await startSlowProxy(bed.fake.url)
    slowResend = proxy
    process.env.RESEND_BASE_URL = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    for (let i = 0; i < 5; i++)
      await bed.cms.payload.create({
        collection: 'subscribers',
        data: {
          email: `known${i}@example.no`,
          status: 'confirmed',
          locale: 'nn',
          consent: { givenAt: new Date().toISOString(), method: 'api' },
        } as never,
      })
    // The first signups pay one-time costs (templates compiled) and teach the padding the
    // provider's pace.
    for (let i = 0; i < 3; i++)
      await postFrom(`127.0.3.${i + 1}`, { email: `warm${i}@example.no`, consent: true })
    const newOnes: number[] = []
    const known: number[] = []
    for (let i = 0; i < 5; i++) {
      const fresh = await postFrom(`127.0.1.${i + 1}`, {
        email: `new${i}@example.no`,
        consent: true,
      })
      expect(fresh.status).toBe(202)
      newOnes.push(fresh.ms)
      const again = await postFrom(`127.0.2.${i + 1}`, {
        email: `known${i}@example.no`,
        consent: true,
      })
      expect(again.status).toBe(202)
      known.push(again.ms)
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]
    expect(median(newOnes)).toBeGreaterThan(300)
    expect(median(known)).toBeGreaterThan(median(newOnes) * 0.75)
  })
})

describe('per-client limits without a trusted proxy (F5)', () => {
  it('a client that changes X-Forwarded-For on every request still hits the limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const res = await postFrom(
        '127.0.0.2',
        { email: `plus+${i}@example.no`, consent: true },
        { 'X-Forwarded-For': `10.9.${i}.1`, 'X-Real-IP': `10.8.${i}.1` },
      )
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it('another client without any forwarded header is not blocked by the first', async () => {
    const res = await postFrom('127.0.0.3', { email: 'someone-else@example.no', consent: true })
    expect(res.status).toBe(202)
  })
})
