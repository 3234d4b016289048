/**
 * The seeded demo issue in a real browser (Debian's Chromium): screenshots at phone and desktop
 * width as artifacts in test-artifacts/, no sideways scrolling on a phone, and the archive's web
 * version checked with axe-core against WCAG 2.1 A/AA.
 */
import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestCms } from '../../test/helpers/cms'
import { loadIssueContent } from './content'
import { compileIssue, personalise, TARGET_HTML_BYTES } from '../../emails/render'
import { renderWebVersion } from './webVersion'

const ARTIFACTS = path.resolve('test-artifacts')
let cms: TestCms
let browser: Browser
let issueId: number

/** Images come from the CMS's media folder: serve them from disk, as the CMS would. */
async function newPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  await page.route('**/api/media/file/**', (route) => {
    const file = path.join(
      process.env.DATA_DIR!,
      'media',
      decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!),
    )
    return fs.existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 })
  })
  await page.route(/^https?:\/\/(?!localhost:3000)/, (route) => route.abort())
  return page
}

beforeAll(async () => {
  const { testCms } = await import('../../test/helpers/cms')
  const { seed } = await import('../seed')
  cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: process.env.DATA_DIR! })
  issueId = (await cms.payload.find({ collection: 'newsletters', limit: 1 })).docs[0].id
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-sync',
    ],
  })
  fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 180_000)
afterAll(async () => {
  await browser?.close()
})

describe('the seeded issue in Chromium', () => {
  it('is under 60 KB and looks right at 375 px and 600 px (screenshots in test-artifacts/)', async () => {
    const compiled = await compileIssue(
      await loadIssueContent(cms.payload, issueId, 'nn', { siteUrl: 'http://localhost:4321' }),
    )
    expect(compiled.htmlBytes).toBeLessThan(TARGET_HTML_BYTES)
    const { html } = personalise(compiled, {
      topics: [],
      preferencesUrl: 'http://localhost:3000/api/newsletter/preferences?token=x',
      unsubscribeUrl: 'http://localhost:3000/api/newsletter/unsubscribe?token=x',
    })
    for (const width of [375, 600]) {
      const page = await newPage(width)
      await page.setContent(html, { waitUntil: 'load' })
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        images: [...document.images].map((img) => ({
          loaded: img.complete && img.naturalWidth > 0,
          width: img.getBoundingClientRect().width,
        })),
      }))
      expect(layout.scrollWidth).toBeLessThanOrEqual(width)
      expect(layout.images.length).toBeGreaterThan(0)
      for (const img of layout.images) {
        expect(img.loaded).toBe(true)
        expect(img.width).toBeLessThanOrEqual(width)
      }
      const file = path.join(ARTIFACTS, `newsletter-${width}.png`)
      await page.screenshot({ path: file, fullPage: true })
      expect(fs.statSync(file).size).toBeGreaterThan(10_000)
      await page.close()
    }
  })

  it.each(['nn', 'en'] as const)(
    'the web version (%s) passes axe-core WCAG 2.1 A/AA with 0 violations',
    async (locale) => {
      const html = await renderWebVersion(cms.payload, issueId, locale, 'http://localhost:4321')
      expect(html).toContain(`<html lang="${locale}"`)
      expect(html).not.toContain('/api/newsletter/unsubscribe')
      const page = await newPage(1024)
      await page.setContent(html, { waitUntil: 'load' })
      await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
      const results = await page.evaluate(() =>
        (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                opts: unknown,
              ) => Promise<{
                violations: { id: string; help: string; nodes: { target: string[] }[] }[]
              }>
            }
          }
        ).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      )
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([])
      if (locale === 'nn')
        await page.screenshot({ path: path.join(ARTIFACTS, 'newsletter-web.png'), fullPage: true })
      await page.close()
    },
  )
})
