/**
 * The public site's server (site/publish/server.ts) against the audit's probes (F1, F9, F10, F11):
 * on a small build made here, and as the real `site` part of `npm start` in its own process.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  linkSearch,
  makeLive,
  makeSearchLive,
  newBuildDir,
  newSearchDir,
} from '../site/publish/live'
import { precompress } from '../site/publish/precompress'
import { serveStatic, type StaticServer } from '../site/publish/server'
import { dataDir } from './helpers/site'

const PAGE = `<!doctype html><html lang="nn"><title>Vinje</title><p>${'Næringsliv i Vinje. '.repeat(200)}</p></html>`
const MALFORMED = ['/%E0%A4%A', '/%', '/%ZZ', '/nyheiter/%C0%AF', '/%ff%fe', '//%E0']

let build: string
let site: StaticServer

/** A request exactly as written (fetch would clean the path up first). */
function raw(
  base: string,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

function writeBuild(dir: string) {
  const put = (p: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    fs.writeFileSync(path.join(dir, p), text)
  }
  put('index.html', PAGE)
  put('nyheiter/index.html', PAGE.replace('Vinje</title>', 'Nyheiter</title>'))
  put('404.html', '<!doctype html><title>Fann ikkje sida</title>')
  put('en/404.html', '<!doctype html><title>Page not found</title>')
  put('_astro/site.a1b2c3.js', `console.log(${JSON.stringify('x'.repeat(4000))})`)
  put('kalender.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
  put('.env', 'PAYLOAD_SECRET=not-for-you')
  put('.git/config', '[core]')
  fs.writeFileSync(path.join(dir, '..', `${path.basename(dir)}-other.txt`), 'sibling secret')
  fs.mkdirSync(`${dir}-other`, { recursive: true })
  fs.writeFileSync(`${dir}-other/secret.txt`, 'sibling secret')
  const outside = path.join(os.tmpdir(), `nh-outside-${process.pid}.txt`)
  fs.writeFileSync(outside, 'outside secret')
  fs.symlinkSync(outside, path.join(dir, 'link.txt'))
  const outsideFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-outside-folder-'))
  fs.writeFileSync(path.join(outsideFolder, 'secret.txt'), 'outside secret')
  fs.symlinkSync(outsideFolder, path.join(dir, 'linked'))
}

beforeAll(async () => {
  build = newBuildDir(dataDir())
  writeBuild(build)
  await precompress(build)
  makeLive(dataDir(), build)
  site = await serveStatic(() => build, 0)
})
afterAll(() => site?.close())

describe('the site server on a build', () => {
  it('serves pages with the security headers and a short cache; hashed assets for a year', async () => {
    const page = await fetch(`${site.url}/nyheiter/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(page.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    const asset = await fetch(`${site.url}/_astro/site.a1b2c3.js`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await fetch(`${site.url}/kalender.ics`)).headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8',
    )
  })

  it('sends the brotli or gzip copy made at build time, and the plain file to others', async () => {
    const br = await raw(site.url, '/', { 'Accept-Encoding': 'br, gzip' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/Accept-Encoding/i)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(PAGE)
    expect(br.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 4)
    const gz = await raw(site.url, '/', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toBe(PAGE)
    const plain = await raw(site.url, '/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(PAGE)
  })

  it('answers ranges and revalidation by ETag', async () => {
    const part = await raw(site.url, '/', { Range: 'bytes=0-14' })
    expect(part.status).toBe(206)
    expect(part.body.toString()).toBe(PAGE.slice(0, 15))
    const first = await fetch(`${site.url}/`)
    const etag = first.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await fetch(`${site.url}/`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('the 404 page with status 404, in English under /en/', async () => {
    const nn = await fetch(`${site.url}/finst-ikkje/`)
    expect(nn.status).toBe(404)
    expect(await nn.text()).toContain('Fann ikkje sida')
    const en = await fetch(`${site.url}/en/missing/`)
    expect(en.status).toBe(404)
    expect(await en.text()).toContain('Page not found')
    expect(en.headers.get('content-security-policy')).toBeTruthy()
  })

  it('never serves dotfiles, a sibling folder, or a file a symlink points to (F10)', async () => {
    for (const p of [
      '/.env',
      '/.git/config',
      '/.build.json',
      `/..%2f${path.basename(build)}-other/secret.txt`,
      `/%2e%2e/${path.basename(build)}-other/secret.txt`,
      `/../${path.basename(build)}-other.txt`,
      '/link.txt',
      '/linked/secret.txt',
    ]) {
      const res = await raw(site.url, p)
      expect(res.status, p).toBeGreaterThanOrEqual(400)
      expect(res.body.toString(), p).not.toMatch(/secret|not-for-you|core/)
    }
  })

  it("follows the build's link to the live search index, and only into the search folder", async () => {
    const searchBuild = newBuildDir(dataDir())
    writeBuild(searchBuild)
    const index = (text: string) => {
      const dir = newSearchDir(dataDir())
      fs.writeFileSync(path.join(dir, 'pagefind.js'), text)
      return dir
    }
    makeSearchLive(dataDir(), index('export const index = 1'))
    linkSearch(dataDir(), searchBuild)
    const server = await serveStatic(() => searchBuild, 0)
    try {
      const first = await raw(server.url, '/pagefind/pagefind.js')
      expect(first.status).toBe(200)
      expect(first.headers['content-type']).toMatch(/javascript/)
      expect(first.body.toString()).toBe('export const index = 1')
      // A fresh index swapped in answers at once, for the same build.
      makeSearchLive(dataDir(), index('export const index = 2'))
      expect((await raw(server.url, '/pagefind/pagefind.js')).body.toString()).toBe(
        'export const index = 2',
      )
      // A `pagefind` link anywhere else is not followed.
      fs.rmSync(path.join(searchBuild, 'pagefind'))
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-outside-index-'))
      fs.writeFileSync(path.join(outside, 'pagefind.js'), 'outside secret')
      fs.symlinkSync(outside, path.join(searchBuild, 'pagefind'))
      const refused = await raw(server.url, '/pagefind/pagefind.js')
      expect(refused.status).toBe(404)
      expect(refused.body.toString()).not.toMatch(/secret/)
    } finally {
      await server.close()
    }
  })

  it('refuses malformed URLs and other methods, and keeps answering (F1)', async () => {
    for (const p of MALFORMED) expect((await raw(site.url, p)).status, p).toBe(400)
    expect((await raw(site.url, '/', {}, 'POST')).status).toBe(405)
    expect((await fetch(`${site.url}/`)).status).toBe(200)
  })
})

describe('the site part of npm start, in its own process', () => {
  let child: ChildProcess
  let output = ''
  const port = 43000 + (process.pid % 1000)
  const base = `http://127.0.0.1:${port}`

  beforeAll(async () => {
    child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/site.ts'], {
      env: { ...process.env, SITE_PORT: String(port), PORT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (d) => (output += d))
    child.stderr!.on('data', (d) => (output += d))
    const started = Date.now()
    while (!output.includes('Public site listening')) {
      if (child.exitCode !== null) throw new Error(`site.ts ended: ${output}`)
      if (Date.now() - started > 120_000) throw new Error(`site.ts did not start: ${output}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }, 150_000)
  afterAll(() => {
    child?.kill('SIGTERM')
  })

  it('malformed URLs never end the process (F1)', async () => {
    for (const p of MALFORMED) await raw(base, p).catch(() => undefined)
    await new Promise((r) => setTimeout(r, 300))
    expect(child.exitCode).toBeNull()
    expect(child.signalCode).toBeNull()
    const page = await fetch(`${base}/nyheiter/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Nyheiter')
  })

  it('a second one on the same port says in a sentence that the port is taken, and ends', async () => {
    const second = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/site.ts'], {
      env: { ...process.env, SITE_PORT: String(port), PORT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let said = ''
    second.stdout!.on('data', (d) => (said += d))
    second.stderr!.on('data', (d) => (said += d))
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve))
    expect(code).toBe(1)
    expect(said).toContain(`Port ${port} on 127.0.0.1 is already in use`)
    expect(said).toContain('SITE_PORT')
    expect(said).not.toMatch(/Unhandled 'error' event/)
    // The first one goes on serving.
    expect((await fetch(`${base}/nyheiter/`)).status).toBe(200)
  }, 120_000)

  it('listens on loopback only (F11)', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address
    if (!external) return console.log('SKIPPED: no non-loopback address on this machine')
    const reached = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: external, port }, () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    expect(reached).toBe(false)
  })
})
