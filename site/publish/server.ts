/**
 * Serves the live build over HTTP (what a web server like nginx would do in production):
 * directory indexes, the 404 page with status 404, correct types for .ics and .xml, and the live
 * folder looked up per request so a swap takes effect at once.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

function resolveFile(root: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0])
  const target = path.normalize(path.join(root, clean))
  if (!target.startsWith(root)) return null
  for (const candidate of [target, path.join(target, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate
    } catch {
      // try the next
    }
  }
  return null
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/** `root()` is asked on every request, so the publisher can swap the live build underneath. */
export async function serveStatic(root: () => string | null, port: number, host = '127.0.0.1'): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const dir = root()
    if (!dir) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' })
      res.end('Nettstaden blir bygd. Prøv igjen om litt. / The site is being built. Try again shortly.')
      return
    }
    const file = resolveFile(dir, req.url ?? '/')
    const status = file ? 200 : 404
    const notFound = () => (req.url?.startsWith('/en/') && (resolveFile(dir, '/en/404.html') ?? resolveFile(dir, '/en/404/'))) || resolveFile(dir, '/404.html')
    const body = file ?? notFound()
    const headers: Record<string, string> = { 'Content-Type': TYPES[path.extname(body ?? '')] ?? 'application/octet-stream' }
    if (body?.includes(`${path.sep}_astro${path.sep}`)) headers['Cache-Control'] = 'public, max-age=31536000, immutable'
    res.writeHead(status, headers)
    if (req.method === 'HEAD' || !body) return res.end()
    fs.createReadStream(body).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  const { port: actual } = server.address() as AddressInfo
  return { url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(() => r())) }
}
