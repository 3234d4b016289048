/**
 * Serves the live build over HTTP (what Caddy does in production, see deploy/): ranges, ETags, the
 * brotli and gzip copies made at build time, a year's cache for hashed /_astro/ files and a minute
 * for the rest, the 404 page with status 404, and the security headers. Only files in the build's
 * table are served (fileIndex.ts: no dotfile, no symlink, nothing outside the folder), and those of
 * its search index (the publisher's own link, see searchIndexOf). The live
 * folder is looked up per request, so a swap takes effect at once; the table of a new build is made
 * asynchronously (by the publisher before the swap), so no request waits for another build's
 * files to be listed. A request can never end the process: a malformed one gets 400, and an error
 * anywhere is logged and answered 500.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { lookup as lookupType } from 'mrmime'

import { listenOn } from '../../common/listen'
import { readBuildInfo } from './buildInfo'
import { fileIn, type FileIndex, indexBuild } from './fileIndex'
import { cacheControl, siteSecurityHeaders } from './headers'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void

const TEXT_TYPES: Record<string, string> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
}

const BUILDING =
  'Nettstaden blir bygd. Prøv igjen om litt. / The site is being built. Try again shortly.'

/** Encodings made at build time, best first, as the client accepts them. */
function encodingsFor(req: http.IncomingMessage): { ext: string; name: string }[] {
  const accept = String(req.headers['accept-encoding'] ?? '')
  return [
    ...(/\b(br|brotli)\b/i.test(accept) ? [{ ext: '.br', name: 'br' }] : []),
    ...(/\bgzip\b/i.test(accept) ? [{ ext: '.gz', name: 'gzip' }] : []),
    { ext: '', name: '' },
  ]
}

/** The files a request path may mean, in sirv's order: the path itself, then as a page. */
function candidates(pathname: string): string[] {
  const base = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
  return [
    ...(base ? [base] : []),
    `${base}/index`,
    ...(base ? [`${base}.html`] : []),
    `${base}/index.html`,
  ]
}

function find(
  root: string,
  index: FileIndex,
  pathname: string,
  encodings: ReturnType<typeof encodingsFor>,
) {
  for (const name of candidates(pathname))
    for (const encoding of encodings) {
      const rel = index.get(name + encoding.ext)
      if (rel) return { name, abs: fileIn(root, rel), encoding: encoding.name }
    }
  return null
}

const contentType = (name: string) => {
  const type = TEXT_TYPES[path.extname(name)] ?? lookupType(name) ?? 'application/octet-stream'
  return type === 'text/html' ? 'text/html; charset=utf-8' : type
}

async function send(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  found: NonNullable<ReturnType<typeof find>>,
) {
  const { abs, name, encoding } = found
  const file = await fs.promises.lstat(abs)
  const etag = `W/"${file.size}-${Math.trunc(file.mtimeMs)}"`
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('Cache-Control', cacheControl(name))
  res.setHeader('ETag', etag)
  res.setHeader('Last-Modified', new Date(file.mtimeMs).toUTCString())
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304)
    return void res.end()
  }
  res.setHeader('Content-Type', contentType(name))
  if (encoding) res.setHeader('Content-Encoding', encoding)
  let status = 200
  let range: { start: number; end: number } | undefined
  const asked = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''))
  if (asked && (asked[1] || asked[2])) {
    const start = asked[1] ? Number(asked[1]) : Math.max(0, file.size - Number(asked[2]))
    const end = asked[1] && asked[2] ? Math.min(Number(asked[2]), file.size - 1) : file.size - 1
    if (start >= file.size || start > end) {
      res.writeHead(416, { 'Content-Range': `bytes */${file.size}` })
      return void res.end()
    }
    status = 206
    range = { start, end }
    res.setHeader('Content-Range', `bytes ${start}-${end}/${file.size}`)
  }
  res.setHeader('Accept-Ranges', 'bytes')
  res.setHeader('Content-Length', range ? range.end - range.start + 1 : file.size)
  res.writeHead(status)
  if (req.method === 'HEAD') return void res.end()
  const stream = fs.createReadStream(abs, range)
  // A file removed under a request (an old build pruned) ends that response, nothing else.
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

const SEARCH_PREFIX = '/pagefind/'

/**
 * The publisher's builds link their search index (`pagefind`, a symlink to `search-live`, itself a
 * symlink to one index folder in `site/search/`: live.ts). The link is followed per request, so a
 * fresh index swapped in answers at once, and only into the search folder beside the builds; its
 * files come from its own table, like a build's.
 */
async function searchIndexOf(dir: string): Promise<{ root: string; index: FileIndex } | null> {
  const link = path.join(dir, SEARCH_PREFIX.slice(1, -1))
  const searches = path.join(path.dirname(path.dirname(dir)), 'search') + path.sep
  try {
    if (!(await fs.promises.lstat(link)).isSymbolicLink()) return null
    const target = await fs.promises.realpath(link)
    if (!target.startsWith(searches)) return null
    return { root: target, index: await indexBuild(target) }
  } catch {
    return null
  }
}

function handlerFor(dir: string, index: FileIndex, options: StaticServerOptions): Handler {
  const { publicCmsUrl } = readBuildInfo(dir)
  const security = siteSecurityHeaders({
    formAction: publicCmsUrl ? [publicCmsUrl] : [],
    hsts: options.hsts,
  })
  const notFoundPage = (pathname: string) =>
    [...(pathname.startsWith('/en/') ? ['/en/404.html', '/en/404/index.html'] : []), '/404.html']
      .map((p) => index.get(p))
      .find(Boolean)
  const notFoundFile = (pathname: string) => {
    const rel = notFoundPage(pathname)
    return rel && fileIn(dir, rel)
  }
  return async (req, res) => {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value)
    const pathname = decodeURIComponent((req.url ?? '/').split('?')[0]).normalize()
    const found = find(dir, index, pathname, encodingsFor(req))
    if (found) return await send(req, res, found)
    if (pathname.startsWith(SEARCH_PREFIX)) {
      const search = await searchIndexOf(dir)
      const inSearch =
        search &&
        find(search.root, search.index, pathname.slice(SEARCH_PREFIX.length - 1), encodingsFor(req))
      if (inSearch) return await send(req, res, { ...inSearch, name: pathname })
    }
    const page = notFoundFile(pathname)
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' })
    if (req.method === 'HEAD' || !page) return void res.end()
    const stream = fs.createReadStream(page)
    stream.on('error', () => res.destroy())
    stream.pipe(res)
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
  let current: { dir: string; handle: Promise<Handler> } | null = null
  const handlerOf = (dir: string) => {
    if (current?.dir !== dir) {
      const handle = indexBuild(dir).then((index) => handlerFor(dir, index, options))
      current = { dir, handle }
      // A folder that could not be listed is tried again on the next request.
      handle.catch(() => current?.handle === handle && (current = null))
    }
    return current.handle
  }
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
      if (isMalformed(req.url ?? '/')) return plain(res, 400, 'Bad request')
      const dir = root()
      if (!dir) return plain(res, 503, BUILDING, { 'Retry-After': '5' })
      await (
        await handlerOf(dir)
      )(req, res)
    } catch (err) {
      logError(`Site server: ${req.method} ${req.url} failed`, err)
      if (!res.headersSent) plain(res, 500, 'Internal server error')
      else res.destroy()
    }
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  await listenOn(server, port, host)
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://${host}:${actual}`,
    close: () => new Promise((r) => server.close(() => r())),
  }
}
