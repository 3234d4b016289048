/**
 * The product as its users meet it: `npm start` on a scratch data folder (the real admin, site
 * server, publisher, jobs worker and fake Resend, each in the process it runs in for users), driven
 * in Chromium and over the same HTTP the browser uses. Journeys: an editor publishes and takes
 * down an article (with an image, in both languages), an event and a course; an editor sends a
 * newsletter with "Send now"; a citizen subscribes by keyboard, confirms, changes topics,
 * unsubscribes with one click, exports and erases; an advisor works a business and reads the
 * matching report; a business answers the needs survey and the advisor sees it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEV_RESEND_URL } from '../cms/env'
import { launchChromium } from './helpers/browser'

// Each journey waits for real builds and a real send: minutes on a busy two-core machine.
vi.setConfig({ testTimeout: 5 * 60_000 })

const ROOT = process.cwd()
const ADMIN_PORT = 3310
const SITE_PORT = 4410
const admin = `http://127.0.0.1:${ADMIN_PORT}`
const site = `http://127.0.0.1:${SITE_PORT}`
const outbox = DEV_RESEND_URL

let product: ChildProcess
let output = ''
let dataDir: string
let browser: Browser
let staff: BrowserContext
let page: Page
let login: { email: string; password: string }

interface OutboxEmail {
  id: string
  to: string[]
  subject: string
  text?: string
  headers: Record<string, string>
  tags: { name: string; value: string }[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until `check` returns a value (not undefined/false), or fails with what it waited for. */
async function eventually<T>(what: string, check: () => Promise<T>, timeoutMs = 90_000) {
  const started = Date.now()
  let last: unknown
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await check()
      if (value !== undefined && value !== false && value !== null) return value as T
    } catch (err) {
      last = err
    }
    await sleep(500)
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
}

const status = async (url: string) => (await fetch(url, { redirect: 'manual' })).status
const text = async (url: string) => (await fetch(url)).text()
const emails = async () => (await (await fetch(`${outbox}/outbox.json`)).json()) as OutboxEmail[]
const emailsTo = async (address: string) => (await emails()).filter((m) => m.to.includes(address))

/** A REST call from the logged-in admin page: the staff member's own session cookie. */
async function api<T = any>(method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await res.text()
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`)
      return text ? JSON.parse(text) : null
    },
    { method, url, body },
  )
}

function startProduct(): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naeringshub-journeys-'))
  const env: NodeJS.ProcessEnv = { ...process.env }
  // The product's own settings, as a developer's shell would have them: none of the test's.
  for (const name of ['APP_ENV', 'DATABASE_URL', 'PAYLOAD_SECRET', 'RESEND_API_KEY']) {
    delete env[name]
  }
  delete env.RESEND_BASE_URL
  Object.assign(env, {
    DATA_DIR: dataDir,
    PORT: String(ADMIN_PORT),
    SITE_PORT: String(SITE_PORT),
    SERVER_URL: admin,
    SITE_URL: site,
    NODE_ENV: 'development',
  })
  product = spawn('npm', ['start'], { cwd: ROOT, env, detached: true })
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (/Log in as /.test(output)) resolve()
    }
    product.stdout!.on('data', onData)
    product.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    product.on('exit', (code) =>
      reject(new Error(`npm start stopped (exit ${code}):\n${output.slice(-3000)}`)),
    )
  })
}

beforeAll(async () => {
  await startProduct()
  login = JSON.parse(fs.readFileSync(path.join(dataDir, 'admin-login.json'), 'utf8'))
  browser = await launchChromium()
  staff = await browser.newContext({ locale: 'nn-NO', timezoneId: 'Europe/Oslo' })
  page = await staff.newPage()
}, 15 * 60_000)

afterAll(async () => {
  // What the product printed, for whoever reads a failure.
  fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, 'test-artifacts', 'journeys-npm-start.log'), output)
  await browser?.close()
  if (product?.pid) {
    try {
      process.kill(-product.pid, 'SIGTERM')
    } catch {
      // already gone
    }
    await sleep(2000)
    try {
      process.kill(-product.pid, 'SIGKILL')
    } catch {
      // stopped cleanly
    }
  }
}, 60_000)

describe('an editor publishes', () => {
  it('logs in to the admin in the browser', async () => {
    await page.goto(`${admin}/admin/login`)
    await page.fill('input[name="email"]', login.email)
    await page.fill('input[name="password"]', login.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    expect(page.url()).toContain('/admin')
  })

  let slug = ''
  it('writes an article with an image in both languages: live on the site and in RSS', async () => {
    await page.goto(`${admin}/admin/collections/articles/create`)
    await page.fill('#field-title', 'Straumen kjem tilbake til Rauland')
    await page.fill('#field-excerpt', 'Nytt nett frå neste veke.')
    await page.click('#action-save')
    await page.waitForURL(/\/collections\/articles\/\d+/, { timeout: 60_000 })
    const id = Number(/\/collections\/articles\/(\d+)/.exec(page.url())![1])
    // The image, uploaded as the admin's upload field does, then set in both languages.
    const mediaId = await page.evaluate(async () => {
      const png = Uint8Array.from(
        atob(
          'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNgYGD4z8DAwMDAwMDAAAAzAAf/XyG2DQAAAABJRU5ErkJggg==',
        ),
        (c) => c.charCodeAt(0),
      )
      const form = new FormData()
      form.append('file', new Blob([png], { type: 'image/png' }), 'straum.png')
      form.append('_payload', JSON.stringify({ alt: 'Ein straummast i snø' }))
      const res = await fetch('/api/media?locale=nn', {
        method: 'POST',
        body: form,
        credentials: 'include',
      })
      return (await res.json()).doc.id as number
    })
    await api('PATCH', `/api/media/${mediaId}?locale=en`, { alt: 'A power pylon in snow' })
    const english = await api('PATCH', `/api/articles/${id}?locale=en`, {
      title: 'Power returns to Rauland',
      excerpt: 'New grid from next week.',
      heroImage: mediaId,
    })
    const published = await api('PATCH', `/api/articles/${id}?locale=nn`, {
      heroImage: mediaId,
      _status: 'published',
    })
    slug = published.doc.slug
    // The article was already published from the admin's form: wait until the admin says its
    // last change (the image and the English text) is live, then look at the page.
    const live = await eventually('the admin to say the article is live', async () => {
      const st = await api('GET', `/api/site-builds/status?collection=articles&id=${id}`)
      return st.state === 'live' ? st : false
    })
    expect(live.url).toContain(`/nyheiter/${slug}/`)
    const nn = await text(`${site}/nyheiter/${slug}/`)
    expect(nn).toContain('Straumen kjem tilbake til Rauland')
    expect(nn).toContain('Ein straummast i snø')
    const en = await text(`${site}/en/news/${english.doc.slug}/`)
    expect(en).toContain('Power returns to Rauland')
    expect(await text(`${site}/rss.xml`)).toContain('Straumen kjem tilbake til Rauland')

    await api('PATCH', `/api/articles/${id}`, { _status: 'draft' })
    await eventually(
      'the unpublished article to leave the site',
      async () => (await status(`${site}/nyheiter/${slug}/`)) === 404,
    )
    expect(await text(`${site}/rss.xml`)).not.toContain('Straumen kjem tilbake til Rauland')
  })

  it('publishes an event: its page and its calendar file', async () => {
    const start = new Date(Date.now() + 20 * 86400_000)
    start.setUTCHours(8, 0, 0, 0)
    const { doc } = await api('POST', '/api/events?locale=nn', {
      title: 'Dialogmøte om reiseliv',
      kind: 'dialogue-meeting',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      venue: 'Vinje rådhus',
      _status: 'published',
    })
    const page = await eventually('the event page', async () =>
      (await status(`${site}/arrangement/${doc.slug}/`)) === 200
        ? text(`${site}/arrangement/${doc.slug}/`)
        : false,
    )
    expect(page).toContain('Dialogmøte om reiseliv')
    const ics = await text(`${site}/arrangement/${doc.slug}.ics`)
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toContain('SUMMARY:Dialogmøte om reiseliv')
    expect(ics).toContain('TZID=Europe/Oslo')
  })

  it('publishes a course: it appears in the catalogue', async () => {
    const providers = await api('GET', '/api/providers?limit=1&depth=0')
    await api('POST', '/api/courses?locale=nn', {
      title: 'Rekneskap for små verksemder',
      provider: providers.docs[0].id,
      format: 'online',
      _status: 'published',
    })
    await eventually('the course in the catalogue', async () =>
      (await text(`${site}/kurs/`)).includes('Rekneskap for små verksemder'),
    )
  })
})

describe('an editor sends a newsletter', () => {
  it('fill, preview, test, send now: every confirmed subscriber gets it once, in their language', async () => {
    const confirmed = await api(
      'GET',
      '/api/subscribers?where[status][equals]=confirmed&limit=1000&depth=0',
    )
    expect(confirmed.totalDocs).toBeGreaterThan(0)
    const { doc: issue } = await api('POST', '/api/newsletters?locale=nn', {
      subject: 'Nyheitsbrev frå journeys',
      status: 'draft',
    })
    await api('PATCH', `/api/newsletters/${issue.id}?locale=en`, {
      subject: 'Newsletter from the journeys',
    })
    await api('POST', `/api/newsletters/${issue.id}/fill`, {})
    const preview = await api('GET', `/api/newsletters/${issue.id}/preview?locale=en`)
    expect(preview.subject).toBe('Newsletter from the journeys')
    await api('POST', `/api/newsletters/${issue.id}/test`, {
      addresses: 'redaksjonen@vinje.example',
      locale: 'nn',
    })
    await eventually(
      'the test email',
      async () => (await emailsTo('redaksjonen@vinje.example')).length === 1,
    )
    const before = (await emails()).length

    // "Send now" in the admin, as the editor presses it.
    await page.goto(`${admin}/admin/collections/newsletters/${issue.id}`)
    // The admin asks "are you sure?" in the browser's own dialog; the editor says yes. (Left
    // unanswered, Playwright dismisses it: nothing is sent, as for an editor who says no.)
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message())
        void dialog.accept()
      }),
    )
    await page.getByRole('button', { name: /send (no|now)/i }).click()
    expect(await asked).toMatch(/abonnent|subscriber/i)
    await expect
      .poll(async () => (await api('GET', `/api/newsletters/${issue.id}/progress`)).status)
      .not.toBe('draft')

    const progress = await eventually(
      'the issue to be sent',
      async () => {
        const p = await api('GET', `/api/newsletters/${issue.id}/progress`)
        return p.status === 'sent' ? p : false
      },
      180_000,
    )
    expect(progress.recipients.submitted).toBe(confirmed.totalDocs)
    expect(progress.recipients.failed).toBe(0)
    const sent = (await emails())
      .slice(before)
      .filter((m) => m.tags.some((t) => t.name === 'issue' && t.value === String(issue.id)))
    const recipients = sent.flatMap((m) => m.to)
    expect(new Set(recipients).size).toBe(recipients.length)
    expect(recipients.sort()).toEqual(confirmed.docs.map((s: { email: string }) => s.email).sort())
    for (const subscriber of confirmed.docs as { email: string; locale: string }[]) {
      const email = sent.find((m) => m.to.includes(subscriber.email))!
      expect(email.subject).toBe(
        subscriber.locale === 'en' ? 'Newsletter from the journeys' : 'Nyheitsbrev frå journeys',
      )
      expect(email.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    }
  })
})

describe('a citizen and the newsletter', () => {
  const address = 'innbyggjar.journeys@example.no'
  let citizen: Page

  it('subscribes with the keyboard only, and confirms from the email', async () => {
    const context = await browser.newContext({ locale: 'nn-NO' })
    citizen = await context.newPage()
    await citizen.goto(`${site}/nyheitsbrev/`)
    await citizen.focus('input[name="email"]')
    await citizen.keyboard.type(address)
    // Tab through the form to the consent box, tick it with the space bar, send with Enter.
    for (let i = 0; i < 30; i++) {
      await citizen.keyboard.press('Tab')
      if (
        await citizen.evaluate(
          () => (document.activeElement as HTMLInputElement)?.name === 'consent',
        )
      )
        break
    }
    await citizen.keyboard.press('Space')
    await citizen.keyboard.press('Enter')
    await citizen.waitForURL(/\/nyheitsbrev\/takk\//, { timeout: 30_000 })

    const confirmation = await eventually('the confirmation email', async () => {
      const [m] = await emailsTo(address)
      return m
    })
    const confirmUrl = /https?:\/\/\S+\/confirm\?token=[\w.-]+/.exec(confirmation.text ?? '')![0]
    await citizen.goto(confirmUrl)
    await citizen.getByRole('button').first().click()
    await citizen.waitForLoadState()
    const subscriber = await api('GET', `/api/subscribers?where[email][equals]=${address}`)
    expect(subscriber.docs[0].status).toBe('confirmed')
    // And the confirmation page leads back to the site.
    expect(await citizen.locator(`a[href^="${site}"]`).count()).toBeGreaterThan(0)
  })

  it('changes topics in the preference centre, then leaves with one click', async () => {
    const welcome = await eventually('the welcome email', async () =>
      (await emailsTo(address)).find((m) => /preferences\?token=/.test(m.text ?? '')),
    )
    const preferencesUrl = /https?:\/\/\S+\/preferences\?token=[\w.-]+/.exec(welcome!.text!)![0]
    await citizen.goto(preferencesUrl)
    const firstTopic = citizen.locator('input[name="topics"]').first()
    await firstTopic.check()
    await citizen.locator('form').filter({ has: firstTopic }).getByRole('button').first().click()
    await citizen.waitForLoadState()
    const chosen = await api('GET', `/api/subscribers?where[email][equals]=${address}&depth=0`)
    expect(chosen.docs[0].topics.length).toBeGreaterThan(0)

    const token = new URL(preferencesUrl).searchParams.get('token')!
    const exported = await fetch(
      `${admin}/api/newsletter/preferences/export?token=${encodeURIComponent(token)}`,
    )
    expect(exported.status).toBe(200)
    expect(await exported.text()).toContain(address)

    // One-click unsubscribe as a mail client does it (RFC 8058), from the List-Unsubscribe header
    // of the next issue the citizen gets.
    const { doc: issue } = await api('POST', '/api/newsletters?locale=nn', {
      subject: 'Éin til',
      status: 'draft',
    })
    await api('POST', `/api/newsletters/${issue.id}/send-now`, {})
    const withHeader = await eventually('an email with List-Unsubscribe', async () =>
      (await emailsTo(address)).find((m) => m.headers['List-Unsubscribe']),
    )
    const unsubscribeUrl = /<(https?:[^>]+)>/.exec(withHeader!.headers['List-Unsubscribe'])![1]
    const oneClick = await fetch(unsubscribeUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBeLessThan(300)
    const after = await api('GET', `/api/subscribers?where[email][equals]=${address}`)
    expect(after.docs[0].status).toBe('unsubscribed')

    // Erase, as the citizen does it in the preference centre: tick "yes, erase" and press the button.
    await citizen.goto(preferencesUrl)
    await citizen.locator('input[name="confirm"]').check()
    await citizen.locator('form[action$="/erase"] button[type="submit"]').click()
    await citizen.waitForLoadState()
    const gone = await api('GET', `/api/subscribers?where[email][equals]=${address}`)
    expect(gone.totalDocs).toBe(0)
  })
})

describe('an advisor and a business', () => {
  it('dashboard, meeting, goal, action and need; the matching report and its CSV', async () => {
    await page.goto(`${admin}/admin/advisor`)
    await expect(page.locator('h1')).toBeTruthy()
    expect(await page.content()).not.toContain('[object Object]')
    const { docs } = await api(
      'GET',
      '/api/businesses?limit=1&depth=0&where[orgNumber][exists]=true',
    )
    const business = docs[0]
    const topics = await api('GET', '/api/topics?limit=1&depth=0')
    const today = new Date().toISOString()
    await api('PATCH', `/api/businesses/${business.id}`, {
      meetingLog: [{ date: today, summary: 'Møte om nettbutikk' }, ...(business.meetingLog ?? [])],
      developmentPlan: [
        ...(business.developmentPlan ?? []),
        {
          goal: 'Selje meir på nett',
          actions: [{ text: 'Kurs i netthandel', dueDate: today, status: 'planned' }],
        },
      ],
      needs: [
        ...(business.needs ?? []),
        { topic: topics.docs[0].id, priority: 'high', note: 'Frå møtet' },
      ],
    })
    const csv = await page.evaluate(async () =>
      (await fetch('/api/matching/report.csv', { credentials: 'include' })).text(),
    )
    expect(csv).toContain(business.name)
  })

  it('a needs-survey answer reaches the business without retyping', async () => {
    const { docs } = await api(
      'GET',
      '/api/businesses?limit=1&depth=0&where[orgNumber][exists]=true&sort=-name',
    )
    const business = docs[0]
    const visitor = await (await browser.newContext({ locale: 'nn-NO' })).newPage()
    await visitor.goto(`${site}/behov/`)
    await visitor.fill('input[name="orgNumber"]', business.orgNumber)
    await visitor.fill('input[name="contactName"]', 'Dagleg leiar')
    await visitor.fill('input[name="contactEmail"]', 'leiar@example.no')
    await visitor.locator('input[name="topics"]').first().check()
    const topicSlug = await visitor.locator('input[name="topics"]').first().getAttribute('value')
    await visitor.locator('main form button[type="submit"]').click()
    await visitor.waitForURL(/\/behov\/takk\//, { timeout: 30_000 })
    const topic = await api('GET', `/api/topics?where[slug][equals]=${topicSlug}&depth=0`)
    const after = await api('GET', `/api/businesses/${business.id}?depth=0`)
    expect(after.needs.map((n: { topic: number }) => n.topic)).toContain(topic.docs[0].id)
  })
})
