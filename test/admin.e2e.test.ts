/**
 * The admin as an editor meets it: the built Next.js admin (`next start`, as `npm start` serves
 * it) on this test's SQLite file, driven in headless Chromium.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminServer, startBuiltAdmin } from './helpers/adminServer'
import { launchChromium, whenHydrated } from './helpers/browser'
import { testCms, TEST_PASSWORD } from './helpers/cms'

let server: AdminServer
let base: string
let browser: Browser
let page: Page

beforeAll(async () => {
  const cms = await testCms()
  await cms.payload.create({
    collection: 'users',
    data: {
      email: 'redaktor@vinje.example',
      password: TEST_PASSWORD,
      name: 'Redaktør',
      roles: ['admin'],
    },
  })
  server = await startBuiltAdmin(3111)
  base = server.base
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.stop()
})

describe('the admin', () => {
  it('lets staff log in and shows every collection', async () => {
    await page.goto(`${base}/admin/login`)
    await whenHydrated(page, 'input[name=email]')
    await page.fill('input[name=email]', 'redaktor@vinje.example')
    await page.fill('input[name=password]', TEST_PASSWORD)
    await page.click('button[type=submit]')
    await page.waitForURL(`${base}/admin`, { timeout: 60_000 })
    const text = await page.locator('main, body').first().innerText()
    // Nynorsk for staff by default, whatever language the browser asks for.
    for (const name of [
      'Artiklar',
      'Arrangement',
      'Kurs',
      'Tilbydarar',
      'Verksemder',
      'Abonnentar',
      'Nyheitsbrev',
      'Tema',
      'Media',
      'Tilsette',
      'Innstillingar',
    ]) {
      expect(text).toContain(name)
    }
  })

  it('speaks English to a staff member who chose it', async () => {
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: base }])
    await page.goto(`${base}/admin`)
    const text = await page.locator('main, body').first().innerText()
    for (const name of ['Articles', 'Businesses', 'Newsletter issues', 'Site settings'])
      expect(text).toContain(name)
    await page.context().addCookies([{ name: 'payload-lng', value: 'nn', url: base }])
  })

  it('opens a new business with its register, public and advisor-only fields', async () => {
    await page.goto(`${base}/admin/collections/businesses/create`)
    await page.getByText('Organisasjonsnummer').first().waitFor({ timeout: 60_000 })
    await whenHydrated(page, '.template-default')
    await page.getByText('Oppfølging (berre rådgjevarar)').first().click()
    await page
      .getByText('Utviklingsplan: mål')
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 })
    expect(await page.getByText('Møtelogg').first().isVisible()).toBe(true)
  })

  it('opens a new article with the content-language switcher set to Nynorsk', async () => {
    await page.goto(`${base}/admin/collections/articles/create`)
    await page.getByText('Ingress').first().waitFor({ timeout: 60_000 })
    const text = await page.locator('body').innerText()
    expect(text).toMatch(/Innhaldsspråk:?\s*Nynorsk/)
    expect(text).toMatch(/Hovudbilete/)
  })
})
