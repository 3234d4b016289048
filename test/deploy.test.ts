/**
 * The production setup on loopback: Debian's Caddy with deploy/Caddyfile in front of the built
 * admin (scripts/admin.ts, TRUST_PROXY=loopback) and a built site in the live folder. Checks what
 * a visitor and a member of staff get through it: pages, headers, compression, the API, the admin.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../cms/seed'
import { ensureAdminBuild } from '../scripts/lib/adminBuild'
import { run, waitForHttp } from '../scripts/lib/run'
import { siteSecurityHeaders } from '../site/publish/headers'
import { linkSearch, liveDir, makeLive, makeSearchLive, newSearchDir } from '../site/publish/live'
import { launchChromium } from './helpers/browser'
import { TEST_PASSWORD, testCms, type TestCms } from './helpers/cms'
import { buildTestSite, dataDir, startCmsServer } from './helpers/site'

const root = path.resolve(import.meta.dirname, '..')

/** Debian's Caddy; installed here when missing, as .ci/run does. */
function findCaddy(): string | null {
  const which = () =>
    spawnSync('sh', ['-c', 'command -v caddy'], { encoding: 'utf8' }).stdout.trim()
  if (which()) return which()
  spawnSync('apt-get', ['install', '-y', '-qq', 'caddy'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return which() || null
}
const caddy = findCaddy()
if (!caddy) console.log('SKIPPED: production setup through Caddy (caddy cannot be installed here)')

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

let cms: TestCms
let admin: ChildProcess
let proxy: ChildProcess
let base: string
let log = ''

function raw(
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

const spawnLogged = (cmd: string, args: string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  return child
}

describe.skipIf(!caddy)('through Caddy with deploy/Caddyfile', () => {
  beforeAll(async () => {
    cms = await testCms()
    await seed(cms.payload, { appEnv: 'development', dataDir: dataDir() })
    await cms.payload.create({
      collection: 'users',
      data: {
        email: 'drift@vinje.example',
        password: TEST_PASSWORD,
        name: 'Drift',
        roles: ['admin'],
      },
    })
    const [sitePort, adminPort, caddyAdmin] = [await freePort(), await freePort(), await freePort()]
    base = `http://127.0.0.1:${sitePort}`

    const api = await startCmsServer()
    const { outDir } = await buildTestSite(api.url, 'deploy')
    await api.close()
    // Same origin behind Caddy: the forms post to /api on the site's own address.
    fs.writeFileSync(path.join(outDir, '.build.json'), JSON.stringify({ publicCmsUrl: base }))
    // As the publisher lays it out: the search index beside the builds, linked (live.ts).
    const search = newSearchDir(dataDir())
    fs.rmSync(search, { recursive: true })
    fs.renameSync(path.join(outDir, 'pagefind'), search)
    makeSearchLive(dataDir(), search)
    linkSearch(dataDir(), outDir)
    makeLive(dataDir(), outDir)

    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: base }
    await ensureAdminBuild(root, env, (cmd, args, opts) =>
      run(cmd, args, { ...opts, stdio: 'ignore' }),
    )
    admin = spawnLogged(path.join(root, 'node_modules/.bin/tsx'), ['scripts/admin.ts'], {
      ...env,
      NODE_ENV: 'production',
      PORT: String(adminPort),
      HOST: '127.0.0.1',
      TRUST_PROXY: 'loopback',
    })
    const home = fs.mkdtempSync(path.join(dataDir(), 'caddy-'))
    proxy = spawnLogged(caddy!, ['run', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
      SITE_ADDRESS: base,
      SITE_ROOT: path.join(dataDir(), 'site', 'live'),
      CMS_UPSTREAM: `127.0.0.1:${adminPort}`,
      CADDY_ADMIN: `127.0.0.1:${caddyAdmin}`,
    })
    await waitForHttp(`${base}/admin/login`, 180_000).catch((err) => {
      throw new Error(`${err.message}\n${log.slice(-3000)}`)
    })
  }, 900_000)

  afterAll(() => {
    proxy?.kill('SIGTERM')
    admin?.kill('SIGTERM')
  })

  it('serves the live site with the security headers, HSTS and a short cache', async () => {
    expect(liveDir(dataDir())).toBeTruthy()
    const res = await raw('/')
    expect(res.status).toBe(200)
    expect(res.body).toContain('<html lang="nn"')
    for (const [name, value] of Object.entries(siteSecurityHeaders({ hsts: true })))
      expect(res.headers[name.toLowerCase()], name).toBe(value)
    expect(res.headers['cache-control']).toBe('public, max-age=60, must-revalidate')
    const news = await raw('/nyheiter/')
    expect(news.status).toBe(200)
  })

  it('sends the pre-compressed brotli and gzip copies', async () => {
    const br = await raw('/', { 'Accept-Encoding': 'br' })
    expect(br.headers['content-encoding']).toBe('br')
    const gz = await raw('/', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
  })

  it('serves the search index the build links to beside it, compressed', async () => {
    const res = await raw('/pagefind/pagefind.js', { 'Accept-Encoding': 'br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['cache-control']).toBe('public, max-age=60, must-revalidate')
  })

  it('caches hashed assets for a year', async () => {
    const astro = fs.readdirSync(path.join(liveDir(dataDir())!, '_astro'))
    expect(astro.length).toBeGreaterThan(0)
    const res = await raw(`/_astro/${astro[0].replace(/\.(br|gz)$/, '')}`)
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('answers 404 with the right page, hides dotfiles, and survives malformed URLs', async () => {
    const nn = await raw('/finst-ikkje/')
    expect(nn.status).toBe(404)
    expect(nn.body).toContain('lang="nn"')
    const en = await raw('/en/missing/')
    expect(en.status).toBe(404)
    expect(en.body).toContain('lang="en"')
    expect((await raw('/.build.json')).status).toBe(404)
    for (const p of ['/%E0%A4%A', '/api/%E0%A4%A', '/admin/%E0%A4%A'])
      expect((await raw(p)).status, p).toBeLessThan(500)
    expect(admin.exitCode).toBeNull()
    expect((await raw('/api/articles?limit=1')).status).toBe(200)
  })

  it('proxies the API, compressed, with the admin headers; GraphQL is off', async () => {
    const res = await raw('/api/articles?limit=5', { 'Accept-Encoding': 'gzip' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    const gql = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
    })
    expect([404, 405]).toContain(gql.status)
  })

  it('limits logins by the real client, whatever X-Forwarded-For the client writes', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.1.1.${i}` },
        // Not the account the browser logs in with below: that one must not be throttled.
        body: JSON.stringify({ email: 'gjest@vinje.example', password: 'feil-passord' }),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses[6]).toBe(429)
  })

  it('serves the admin with its security headers, and staff can log in with a browser', async () => {
    const page0 = await raw('/admin/login')
    expect(page0.status).toBe(200)
    expect(page0.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/)
    expect(page0.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(page0.body).not.toMatch(/gravatar/i)

    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
      })
      await page.goto(`${base}/admin/login`)
      await page.fill('input[name=email]', 'drift@vinje.example')
      await page.fill('input[name=password]', TEST_PASSWORD)
      await page.click('button[type=submit]')
      await page.waitForURL(`${base}/admin`, { timeout: 60_000 })
      await page.waitForLoadState('networkidle')
      const images = await page.evaluate(() => [...document.images].map((i) => i.src))
      expect(images.filter((src) => /gravatar/i.test(src))).toEqual([])
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
