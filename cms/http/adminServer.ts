/**
 * The admin's HTTP server: Next's request handler (the admin and /api) behind a small Node server
 * of our own, because only here is the socket known. It writes the real client address on the
 * request (TRUST_PROXY decides whether a forwarded header is believed), adds the security headers,
 * refuses malformed URLs, and answers 500 rather than die when a handler throws.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import nextModule from 'next'

import { listenOn } from '../../common/listen'
import { stampClientAddress, type TrustProxy } from './rateLimit'

/** Payload's admin needs inline scripts and styles (Next hydration); nothing from elsewhere. */
export function adminSecurityHeaders(hsts: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    ...(hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

function isMalformed(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0])
    return !url.startsWith('/')
  } catch {
    return true
  }
}

export interface AdminServerOptions {
  /** The folder holding next.config and the built .next/. */
  dir: string
  port: number
  host: string
  trustProxy: TrustProxy
  hsts: boolean
  logError?: (msg: string, err: unknown) => void
}

export async function startAdminServer(opts: AdminServerOptions) {
  const logError = opts.logError ?? ((msg, err) => console.error(msg, err))
  const createNext = ((nextModule as unknown as { default?: typeof nextModule }).default ??
    nextModule) as typeof nextModule
  const app = createNext({ dev: false, dir: opts.dir, hostname: opts.host, port: opts.port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const security = adminSecurityHeaders(opts.hsts)
  const server = http.createServer(async (req, res) => {
    try {
      for (const [name, value] of Object.entries(security)) res.setHeader(name, value)
      if (isMalformed(req.url ?? '/')) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        return void res.end('Bad request')
      }
      stampClientAddress(req.headers, req.socket.remoteAddress, opts.trustProxy)
      await handle(req, res)
    } catch (err) {
      logError(`Admin server: ${req.method} ${req.url} failed`, err)
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('Internal server error')
      } else res.destroy()
    }
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  await listenOn(server, opts.port, opts.host)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      await app.close()
    },
  }
}
