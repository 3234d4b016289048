/**
 * The admin as an editor meets it: the built Next.js admin (`next start`, as `npm start` serves
 * it) on this test's SQLite file, driven in headless Chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminBuildIsCurrent, adminFingerprint, recordAdminBuild } from '../scripts/lib/adminBuild'
import { run, waitForHttp } from '../scripts/lib/run'
import { launchChromium } from './helpers/browser'
import { testCms, TEST_PASSWORD } from './helpers/cms'

const root = path.resolve(import.meta.dirname, '..')
const port = 3111
const base = `http://localhost:${port}`
let server: ChildProcess
let browser: Browser
let page: Page

beforeAll(async () => {
  const cms = await testCms()
  await cms.payload.create({ collection: 'users', data: { email: 'redaktor@vinje.example', password: TEST_PASSWORD, name: 'Redaktør', roles: ['admin'] } })
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SERVER_URL: base }
  if (!adminBuildIsCurrent(root)) {
    const fingerprint = adminFingerprint(root)
    await run(path.join(root, 'node_modules/.bin/payload'), ['generate:importmap'], { cwd: root, env: { ...env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' }, stdio: 'ignore' })
    await run(path.join(root, 'node_modules/.bin/next'), ['build', 'cms'], { cwd: root, env, stdio: 'ignore' })
    recordAdminBuild(root, fingerprint)
  }
  server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', 'cms', '-p', String(port)], { cwd: root, env, stdio: 'ignore' })
  await waitForHttp(`${base}/admin/login`, 120_000)
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
})

describe('the admin', () => {
  it('lets staff log in and shows every collection', async () => {
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name=email]', 'redaktor@vinje.example')
    await page.fill('input[name=password]', TEST_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(`${base}/admin`, { timeout: 60_000 })
    const text = await page.locator('main, body').first().innerText()
    for (const name of ['Articles', 'Events', 'Courses', 'Providers', 'Businesses', 'Subscribers', 'Newsletter issues', 'Topics', 'Media', 'Staff', 'Site settings']) {
      expect(text).toContain(name)
    }
  })

  it('opens a new business with its register, public and advisor-only fields', async () => {
    await page.goto(`${base}/admin/collections/businesses/create`)
    await page.getByText('Organisation number').first().waitFor({ timeout: 60_000 })
    await page.getByText('Follow-up (advisors only)').first().click()
    await page.getByText('Development plan: goals').first().waitFor({ state: 'visible', timeout: 10_000 })
    expect(await page.getByText('Meeting log').first().isVisible()).toBe(true)
  })

  it('opens a new article with the locale switcher set to Nynorsk', async () => {
    await page.goto(`${base}/admin/collections/articles/create`)
    await page.getByText('Excerpt').first().waitFor({ timeout: 60_000 })
    const text = await page.locator('body').innerText()
    expect(text).toMatch(/Locale:?\s*Nynorsk/)
    expect(text).toMatch(/Hero image/)
  })
})
