/**
 * Serves the live build over HTTP with sirv (what Caddy does in production, see deploy/): ranges,
 * ETags, the brotli and gzip copies made at build time, a year's cache for hashed /_astro/ files
 * and a minute for the rest, the 404 page with status 404, no dotfiles, nothing outside the build
 * (symlinks included), and the security headers. The live folder is looked up per request, so a
 * swap takes effect at once. A request can never end the process: a malformed one gets 400, and
 * an error anywhere is logged and answered 500.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import sirv from 'sirv'

import { readBuildInfo } from './buildInfo'
import { cacheControl, siteSecurityHeaders } from './headers'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

const TEXT_TYPES: Record<string, string> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

const BUILDING =
  'Nettstaden blir bygd. Prøv igjen om litt. / The site is being built. Try again shortly.'

class OutsideTheBuild extends Error {}

/**
 * A build should hold no symlinks; if one does, only files that really sit in the build are
 * served (compared by inode, as sirv follows links when it indexes).
 */
function insideOnly(dir: string): ((stats: fs.Stats) => boolean) | null {
  const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  if (!entries.some((e) => e.isSymbolicLink())) return null
  const real = new Set(
    entries
      .filter((e) => e.isFile())
      .map((e) => {
        const s = fs.lstatSync(path.join(e.parentPath, e.name))
        return `${s.dev}:${s.ino}`
      }),
  )
  return (stats) => real.has(`${stats.dev}:${stats.ino}`)
}

function handlerFor(dir: string, options: StaticServerOptions): Handler {
  const { publicCmsUrl } = readBuildInfo(dir)
  const security = siteSecurityHeaders({
    formAction: publicCmsUrl ? [publicCmsUrl] : [],
    hsts: options.hsts,
  })
  const allowed = insideOnly(dir)
  const notFoundPage = (pathname: string) =>
    [...(pathname.startsWith('/en/') ? ['/en/404.html', '/en/404/index.html'] : []), '/404.html']
      .map((p) => path.join(dir, p))
      .find((f) => fs.existsSync(f))
  const notFound: Handler = (req, res) => {
    const page = notFoundPage(req.url ?? '/')
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
    if (req.method === 'HEAD' || !page) return void res.end()
    res.end(fs.readFileSync(page))
  }
  const serve = sirv(dir, {
    etag: true,
    brotli: true,
    gzip: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders(res, pathname, stats) {
      if (allowed && !allowed(stats)) throw new OutsideTheBuild(pathname)
      res.setHeader('Cache-Control', cacheControl(pathname))
      const type = TEXT_TYPES[path.extname(pathname.replace(/\.(br|gz)$/, ''))]
      if (type) res.setHeader('Content-Type', type)
    },
    onNoMatch: notFound,
  })
  return (req, res) => {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value)
    try {
      serve(req, res)
    } catch (err) {
      if (!(err instanceof OutsideTheBuild)) throw err
      notFound(req, res)
    }
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

function plain(res: http.ServerResponse, status: number, text: string, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
  res.end(text)
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

export interface StaticServerOptions {
  /** Production behind TLS: tell browsers to use https only. */
  hsts?: boolean
  /** Where errors go (the server logs and carries on). */
  logError?: (msg: string, err: unknown) => void
}

/** `root()` is asked on every request, so the publisher can swap the live build underneath. */
export async function serveStatic(
  root: () => string | null,
  port: number,
  host = '127.0.0.1',
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const logError = options.logError ?? ((msg, err) => console.error(msg, err))
  let current: { dir: string; handle: Handler } | null = null
  const server = http.createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
      if (isMalformed(req.url ?? '/')) return plain(res, 400, 'Bad request')
      const dir = root()
      if (!dir) return plain(res, 503, BUILDING, { 'Retry-After': '5' })
      if (current?.dir !== dir) current = { dir, handle: handlerFor(dir, options) }
      current.handle(req, res)
    } catch (err) {
      logError(`Site server: ${req.method} ${req.url} failed`, err)
      if (!res.headersSent) plain(res, 500, 'Internal server error')
      else res.destroy()
    }
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://${host}:${actual}`,
    close: () => new Promise((r) => server.close(() => r())),
  }
}
