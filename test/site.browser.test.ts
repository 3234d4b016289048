/**
 * The built site in headless Chromium: axe-core finds no WCAG 2.1 A/AA violation on any page type
 * in either language; the signup form and the search work with the keyboard alone; screenshots of
 * the home page at phone and desktop widths are kept as artifacts.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../cms/seed'
import { serveStatic, type StaticServer } from '../site/publish/server'
import { axeViolations } from './helpers/axe'
import { launchChromium } from './helpers/browser'
import { testCms, type TestCms } from './helpers/cms'
import { buildTestSite, dataDir, startCmsServer } from './helpers/site'

const ARTIFACTS = path.resolve(import.meta.dirname, '../test-artifacts')
let cms: TestCms
let api: Awaited<ReturnType<typeof startCmsServer>>
let site: StaticServer
let browser: Browser
let page: Page
const samples: Record<string, string> = {}

beforeAll(async () => {
  cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: dataDir() })
  api = await startCmsServer()
  const { outDir } = await buildTestSite(api.url, 'browser')
  site = await serveStatic(() => outDir, 0)
  const one = async (collection: 'articles' | 'events' | 'courses', locale: 'nn' | 'en') =>
    (
      await cms.payload.find({
        collection,
        locale,
        where: { _status: { equals: 'published' } },
        limit: 1,
        sort: 'id',
      })
    ).docs[0].slug
  samples.article = await one('articles', 'nn')
  samples.articleEn = await one('articles', 'en')
  samples.event = await one('events', 'nn')
  samples.eventEn = await one('events', 'en')
  samples.course = await one('courses', 'nn')
  samples.courseEn = await one('courses', 'en')
  samples.provider = (await cms.payload.find({ collection: 'providers', limit: 1 })).docs[0].slug
  const withSignup = async (locale: 'nn' | 'en') =>
    (
      await cms.payload.find({
        collection: 'events',
        locale,
        where: { 'registration.method': { equals: 'site' }, _status: { equals: 'published' } },
        limit: 1,
      })
    ).docs[0].slug
  samples.signupEvent = await withSignup('nn')
  samples.signupEventEn = await withSignup('en')
  // A course the office runs itself carries the same sign-up form.
  const courseWithSignup = async (locale: 'nn' | 'en') =>
    (
      await cms.payload.find({
        collection: 'courses',
        locale,
        where: { runByOffice: { equals: true }, 'registration.method': { equals: 'site' } },
        limit: 1,
      })
    ).docs[0].slug
  samples.signupCourse = await courseWithSignup('nn')
  samples.signupCourseEn = await courseWithSignup('en')
  browser = await launchChromium()
  // axe-core is injected as an inline script, which the site's Content-Security-Policy forbids
  // (rightly: the site runs no inline script of its own).
  page = await browser.newPage({ bypassCSP: true })
  fs.mkdirSync(ARTIFACTS, { recursive: true })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await api?.close()
})

const pageTypes = () => [
  ['home', '/', '/en/'],
  ['news list', '/nyheiter/', '/en/news/'],
  ['article', `/nyheiter/${samples.article}/`, `/en/news/${samples.articleEn}/`],
  ['topic', '/tema/reiseliv/', '/en/topics/reiseliv/'],
  ['events', '/arrangement/', '/en/events/'],
  ['past events', '/arrangement/tidlegare/', '/en/events/past/'],
  ['event', `/arrangement/${samples.event}/`, `/en/events/${samples.eventEn}/`],
  ['courses', '/kurs/', '/en/courses/'],
  ['course', `/kurs/${samples.course}/`, `/en/courses/${samples.courseEn}/`],
  ['providers', '/tilbydarar/', '/en/providers/'],
  ['provider', `/tilbydarar/${samples.provider}/`, `/en/providers/${samples.provider}/`],
  ['businesses', '/bedrifter/', '/en/businesses/'],
  ['contact', '/kontakt/', '/en/contact/'],
  ['newsletter', '/nyheitsbrev/', '/en/newsletter/'],
  ['thanks', '/nyheitsbrev/takk/', '/en/newsletter/thanks/'],
  ['accessibility statement', '/tilgjengelegheit/', '/en/accessibility/'],
  ['search', '/sok/', '/en/search/'],
  ['knowledge base', '/kunnskap/', '/en/knowledge/'],
  ['funding', '/tilskot/', '/en/funding/'],
  ['needs survey', '/behov/', '/en/needs/'],
  ['needs thanks', '/behov/takk/', '/en/needs/thanks/'],
  ['guidance request', '/hjelp/', '/en/help/'],
  [
    'event with sign-up',
    `/arrangement/${samples.signupEvent}/`,
    `/en/events/${samples.signupEventEn}/`,
  ],
  [
    'course with sign-up',
    `/kurs/${samples.signupCourse}/`,
    `/en/courses/${samples.signupCourseEn}/`,
  ],
  ['404', '/finst-ikkje/', '/en/does-not-exist/'],
]

describe('accessibility (axe-core, WCAG 2.1 A + AA)', () => {
  it(
    'has 0 violations on every page type in both languages',
    async () => {
      const problems: string[] = []
      for (const [name, nn, en] of pageTypes()) {
        for (const url of [nn, en]) {
          const res = await page.goto(`${site.url}${url}`).catch((e: Error) => e)
          if (res instanceof Error) throw new Error(`${url}: ${res.message}`)
          const lang = await page.getAttribute('html', 'lang')
          // Collected, not thrown: one failure must not hide the violations on the other pages.
          if (lang !== (url.startsWith('/en/') ? 'en' : 'nn'))
            problems.push(`${name} ${url}: lang=${lang}`)
          for (const v of await axeViolations(page)) problems.push(`${name} ${url}: ${v}`)
        }
      }
      expect(problems).toEqual([])
      // Some 50 pages, each loaded and checked by axe: minutes on a busy two-core machine.
    },
    5 * 60_000,
  )
})

describe('keyboard only', () => {
  it('the signup form can be filled in and sent with the keyboard', async () => {
    let posted: string | null = null
    await page.route('**/api/newsletter/subscribe', async (route) => {
      posted = route.request().postData()
      await route.fulfill({ status: 303, headers: { Location: `${site.url}/nyheitsbrev/takk/` } })
    })
    await page.goto(`${site.url}/nyheitsbrev/`)
    // Tab from the top of the page until the email field has focus, as a keyboard user would.
    for (
      let i = 0;
      i < 40 &&
      (await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'email';
      i++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.type('kari@example.no')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Kari Nordmann')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space') // first topic
    for (
      let i = 0;
      i < 20 &&
      (await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'consent';
      i++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await Promise.all([
      page.waitForURL(`${site.url}/nyheitsbrev/takk/`),
      page.keyboard.press('Enter'),
    ])
    const body = new URLSearchParams(posted ?? '')
    expect(body.get('email')).toBe('kari@example.no')
    expect(body.get('name')).toBe('Kari Nordmann')
    expect(body.get('consent')).toBe('yes')
    expect(body.getAll('topics').length).toBe(1)
    expect(body.get('website')).toBe('')
    expect(body.get('locale')).toBe('nn')
    await page.unroute('**/api/newsletter/subscribe')
  })

  it('the event sign-up form shows places left and is filled in and sent with the keyboard', async () => {
    await page.route('**/api/event-registrations', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Takk</h1>' }),
    )
    await page.goto(`${site.url}/arrangement/${samples.signupEvent}/`)
    expect(await page.textContent('.signup-state')).toMatch(/\d+ ledige plassar/)
    for (
      let i = 0;
      i < 60 &&
      (await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== 'name';
      i++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.type('Kari Nordmann')
    await page.keyboard.press('Tab')
    await page.keyboard.type('kari@example.no')
    const [request] = await Promise.all([
      page.waitForRequest('**/api/event-registrations'),
      page.keyboard.press('Enter'),
    ])
    const body = new URLSearchParams(request.postData() ?? '')
    expect(body.get('name')).toBe('Kari Nordmann')
    expect(body.get('email')).toBe('kari@example.no')
    expect(Number(body.get('event'))).toBeGreaterThan(0)
    expect(body.get('website')).toBe('')
    await page.unroute('**/api/event-registrations')
  })

  it('the honeypot field is out of the tab order', async () => {
    await page.goto(`${site.url}/nyheitsbrev/`)
    const names: (string | null)[] = []
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      names.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? null))
    }
    expect(names).not.toContain('website')
  })

  it('search finds an article and the result opens with the keyboard', async () => {
    const article = (
      await cms.payload.find({
        collection: 'articles',
        where: { _status: { equals: 'published' } },
        locale: 'nn',
        limit: 1,
        sort: 'id',
      })
    ).docs[0]
    const word = article.title.split(' ').find((w) => w.length > 6)!
    await page.goto(`${site.url}/sok/`)
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++)
      await page.keyboard.press('Tab')
    await page.keyboard.type(word)
    await page.keyboard.press('Enter')
    await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('#search-status').innerText()).toMatch(/\d+ treff/)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    expect(focused).toMatch(/^\/(en\/)?[a-z]/)
    await Promise.all([
      page.waitForURL((u) => u.pathname === focused),
      page.keyboard.press('Enter'),
    ])
  })
})

describe('screenshots', () => {
  it('writes the home, article, event and course pages at 375 px and 1280 px', async () => {
    const pages = {
      home: '/',
      article: `/nyheiter/${samples.article}/`,
      event: `/arrangement/${samples.event}/`,
      course: `/kurs/${samples.course}/`,
      courses: '/kurs/',
    }
    for (const [name, url] of Object.entries(pages))
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(`${site.url}${url}`)
        const file = path.join(ARTIFACTS, `${name}-${width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        expect(fs.statSync(file).size, file).toBeGreaterThan(10_000)
      }
  })

  it('fits the header on one row at 1280 px, and opens the phone menu without JavaScript', async () => {
    const noJs = await browser.newPage({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    })
    try {
      await noJs.goto(`${site.url}/`)
      const rows = await noJs.$$eval(
        'nav.main li',
        (items) =>
          new Set(
            items
              .filter((li) => (li as HTMLElement).offsetParent)
              .map((li) => li.getBoundingClientRect().top),
          ).size,
      )
      expect(rows).toBe(1)
      await noJs.setViewportSize({ width: 375, height: 800 })
      expect(await noJs.isVisible('nav.main')).toBe(false)
      await noJs.click('a.menu-open')
      expect(await noJs.isVisible('nav.main a[href="/kurs/"]')).toBe(true)
    } finally {
      await noJs.close()
    }
  })

  it('filters the course catalogue without JavaScript', async () => {
    const noJs = await browser.newPage({ javaScriptEnabled: false })
    try {
      await noJs.goto(`${site.url}/kurs/`)
      const visible = () =>
        noJs.$$eval('li.course', (l) => l.filter((x) => (x as HTMLElement).offsetParent).length)
      const all = await visible()
      expect(all).toBeGreaterThan(2)
      await noJs.check('#f-price-free')
      const free = await visible()
      expect(free).toBeGreaterThan(0)
      expect(free).toBeLessThan(all)
      expect(
        await noJs.$$eval('li.course', (l) =>
          l
            .filter((x) => (x as HTMLElement).offsetParent)
            .every((x) => x.getAttribute('data-price') === 'free'),
        ),
      ).toBe(true)
    } finally {
      await noJs.close()
    }
  })
})
