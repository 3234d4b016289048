/**
 * The product as its users meet it: `npm start` on a scratch data folder (the real admin, site
 * server, publisher, jobs worker and fake Resend, each in the process it runs in for users), driven
 * in Chromium and over the same HTTP the browser uses. Journeys: an editor publishes and takes
 * down an article (with an image, in both languages), an event and a course; an editor sends a
 * newsletter with "Send now"; a citizen subscribes by keyboard, confirms, changes topics,
 * unsubscribes with one click, exports and erases; an advisor works a business and reads the
 * matching report; a business answers the needs survey and the advisor sees it; a visitor signs up
 * for the seeded dialogue meeting by keyboard (calendar file by email; a cancellation promotes the
 * waiting list); a business asks for help on /hjelp/ and the advisor for its topic replies.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DEV_RESEND_URL } from '../cms/env'
import { launchChromium, whenHydrated } from './helpers/browser'

// Each journey waits for real builds and a real send: minutes on a busy two-core machine.
vi.setConfig({ testTimeout: 5 * 60_000 })

const ROOT = process.cwd()
// Ports free on this machine now: a product left running by anything else can never answer for
// this one (the fake Resend's port is fixed by the product; see DEV_RESEND_URL).
let admin = ''
let site = ''
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

/** A port nothing listens on: the system picks it, we let it go, the product takes it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function startProduct(): Promise<void> {
  const adminPort = await freePort()
  let sitePort = await freePort()
  while (sitePort === adminPort) sitePort = await freePort()
  admin = `http://127.0.0.1:${adminPort}`
  site = `http://127.0.0.1:${sitePort}`
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naeringshub-journeys-'))
  const env: NodeJS.ProcessEnv = { ...process.env }
  // The product's own settings, as a developer's shell would have them: none of the test's.
  for (const name of ['APP_ENV', 'DATABASE_URL', 'PAYLOAD_SECRET', 'RESEND_API_KEY']) {
    delete env[name]
  }
  delete env.RESEND_BASE_URL
  Object.assign(env, {
    DATA_DIR: dataDir,
    PORT: String(adminPort),
    SITE_PORT: String(sitePort),
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
    await whenHydrated(page, 'input[name="email"]')
    await page.fill('input[name="email"]', login.email)
    await page.fill('input[name="password"]', login.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    expect(page.url()).toContain('/admin')
  })

  let slug = ''
  it('writes an article with an image in both languages: live on the site and in RSS', async () => {
    await page.goto(`${admin}/admin/collections/articles/create`)
    await whenHydrated(page, '#field-title')
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
    const asked = new Promise<string>((resolve, reject) => {
      const noQuestion = setTimeout(
        () => reject(new Error('"Send now" was pressed, but the admin asked nothing in 60 s')),
        60_000,
      )
      page.once('dialog', (dialog) => {
        clearTimeout(noQuestion)
        resolve(dialog.message())
        void dialog.accept()
      })
    })
    // The button acts only once the page has read the issue's status in the browser (it is
    // disabled until then); Playwright's click waits for it to be enabled.
    await page.getByRole('button', { name: /send (no|now)/i }).click()
    expect(await asked).toMatch(/abonnent|subscriber/i)
    await expect
      .poll(async () => (await api('GET', `/api/newsletters/${issue.id}/progress`)).status, {
        timeout: 30_000,
      })
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

// ---- The first-line service (issue 14): event sign-up and guidance requests ----

/** `eventually` for a check that finds something: the value found, never undefined or false. */
const found = <T>(what: string, check: () => Promise<T | false | null | undefined>) =>
  eventually(what, check) as Promise<T>

/** A staff member logged in to the admin in their own browser context. */
async function staffLogin(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nn-NO', timezoneId: 'Europe/Oslo' })
  const p = await context.newPage()
  await p.goto(`${admin}/admin/login`)
  await whenHydrated(p, 'input[name="email"]')
  await p.fill('input[name="email"]', email)
  await p.fill('input[name="password"]', password)
  await p.click('button[type="submit"]')
  await p.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  return p
}

/** A REST call with the session of the staff member logged in on `p`. */
async function apiOn<T = any>(p: Page, method: string, url: string, body?: unknown): Promise<T> {
  return p.evaluate(
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

/** Tabs forward until the focused element matches, as a keyboard user does. */
async function tabTo(p: Page, matches: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 40; i++) {
    await p.keyboard.press('Tab')
    if (await p.evaluate(`(${matches.toString()})(document.activeElement)`)) return
  }
  throw new Error(`Tab never reached ${what}`)
}

describe('a visitor signs up for the dialogue meeting', () => {
  const slug = 'dialogmote-med-naeringssjefen'
  const visitor = 'deltakar.journeys@example.no'
  const leaving = 'avmeldar.journeys@example.no'
  const waiting = 'venteliste.journeys@example.no'
  interface PublicEvent {
    id: number
    title: string
    startsAt: string
    signupStatus: { state: string; placesLeft: number | null; waitlisted?: number }
  }
  const meeting = async () =>
    (
      (await (
        await fetch(`${admin}/api/events?where[slug][equals]=${slug}&locale=nn&depth=0`)
      ).json()) as { docs: PublicEvent[] }
    ).docs[0]
  /** The form's own endpoint, posted to as a script does (JSON). */
  const signUp = (event: PublicEvent, name: string, email: string) =>
    fetch(`${admin}/api/event-registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ event: event.id, name, email, locale: 'nn' }),
    })
  const icsOf = (m: OutboxEmail & { attachments?: { filename: string; content: string }[] }) => {
    const file = m.attachments?.find((a) => a.filename.endsWith('.ics'))
    return file ? Buffer.from(file.content, 'base64').toString('utf8').replace(/\r\n /g, '') : ''
  }
  const icsStamp = (iso: string) =>
    new Date(iso)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')

  it('signs up by keyboard on the event page, sees the confirmation and gets the email with the calendar file', async () => {
    const event = await found('the seeded dialogue meeting', meeting)
    expect(event.signupStatus.state).toBe('open')
    const browserPage = await (
      await browser.newContext({ locale: 'nn-NO', timezoneId: 'Europe/Oslo' })
    ).newPage()
    await found(
      'the event page',
      async () => (await status(`${site}/arrangement/${slug}/`)) === 200,
    )
    await browserPage.goto(`${site}/arrangement/${slug}/`)
    expect(await browserPage.locator('.signup-state').innerText()).toMatch(/ledige plassar/)
    // Keyboard only: into the name field, then Tab from field to field, Enter on the button.
    await browserPage.focus('.event-signup input[name="name"]')
    await browserPage.keyboard.type('Dagny Deltakar')
    await tabTo(browserPage, (el) => (el as HTMLInputElement).name === 'email', 'the email field')
    await browserPage.keyboard.type(visitor)
    await tabTo(browserPage, (el) => (el as HTMLInputElement).name === 'dietary', 'dietary needs')
    await browserPage.keyboard.type('Vegetar')
    await tabTo(
      browserPage,
      (el) => el.tagName === 'BUTTON' && (el as HTMLButtonElement).type === 'submit',
      'the sign-up button',
    )
    await browserPage.keyboard.press('Enter')
    await browserPage.waitForURL(/\/api\/event-registrations/, { timeout: 30_000 })
    expect(await browserPage.locator('h1').innerText()).toContain('Takk for påmeldinga')

    const confirmation = await found('the confirmation email', async () =>
      (await emailsTo(visitor)).find((m) => m.subject.includes(event.title)),
    )
    expect(confirmation.subject).not.toMatch(/venteliste/i)
    expect(confirmation.text).toMatch(/\/api\/event-registrations\/cancel\?token=/)
    const ics = icsOf(confirmation)
    expect(ics).toContain('BEGIN:VEVENT')
    expect(ics).toMatch(new RegExp(`^UID:event-${event.id}@`, 'm'))
    expect(ics).toContain(`SUMMARY:${event.title}`)
    expect(ics).toContain(`DTSTART:${icsStamp(event.startsAt)}`)
    const registration = await found('the registration to count', async () => {
      const e = await meeting()
      return e.signupStatus.placesLeft !== null && e.signupStatus.placesLeft < 8 ? e : false
    })
    expect(registration.signupStatus.state).toBe('open')
  })

  it('when full, a cancellation by the signed link gives the first on the waiting list the place, by email', async () => {
    let event = await meeting()
    expect((await signUp(event, 'Leiv Avmeldar', leaving)).status).toBe(201)
    event = await meeting()
    for (let i = 0; i < (event.signupStatus.placesLeft ?? 0); i++)
      expect((await signUp(event, `Fyllar ${i}`, `fyllar${i}.journeys@example.no`)).status).toBe(
        201,
      )
    event = await meeting()
    expect(event.signupStatus).toMatchObject({ state: 'waitlist', placesLeft: 0 })

    expect((await signUp(event, 'Vera Ventar', waiting)).status).toBe(201)
    const waitlisted = await found('the waiting-list email', async () =>
      (await emailsTo(waiting)).find((m) => /venteliste/i.test(m.subject)),
    )
    expect(waitlisted.subject).toContain(event.title)

    // The one leaving follows the link in their confirmation email and presses the button.
    const theirs = await found('the leaver’s confirmation', async () =>
      (await emailsTo(leaving)).find((m) => /cancel\?token=/.test(m.text ?? '')),
    )
    const cancelUrl = /https?:\/\/\S+\/event-registrations\/cancel\?token=[\w.%-]+/.exec(
      theirs.text!,
    )![0]
    const leaver = await (await browser.newContext({ locale: 'nn-NO' })).newPage()
    await leaver.goto(cancelUrl)
    await leaver.getByRole('button', { name: 'Meld meg av' }).click()
    await leaver.getByRole('heading', { name: 'Du er avmeld' }).waitFor({ timeout: 30_000 })
    expect(await leaver.content()).toContain('Takk for at du sa frå')

    const promoted = await found('the promotion email', async () =>
      (await emailsTo(waiting)).find((m) => m.subject.startsWith('Du har fått plass')),
    )
    expect(promoted.subject).toContain(event.title)
    expect(icsOf(promoted)).toContain(`UID:event-${event.id}@`)
    const after = await meeting()
    expect(after.signupStatus).toMatchObject({ state: 'waitlist', placesLeft: 0 })
  })
})

describe('a business asks the office for help', () => {
  const requester = 'grunder.journeys@example.no'
  const name = 'Kari Gründar'
  let caseId = 0

  it('a visitor sends a request from /hjelp/ and gets a receipt', async () => {
    const visitor = await (await browser.newContext({ locale: 'nn-NO' })).newPage()
    await visitor.goto(`${site}/hjelp/`)
    await visitor.check('input[name="topic"][value="digitalisation"]')
    await visitor.fill('textarea[name="description"]', 'Vi vil starte ein nettbutikk for strikk.')
    await visitor.check('input[name="contactWay"][value="email"]')
    await visitor.check('input[name="notRegistered"]')
    await visitor.fill('input[name="name"]', name)
    await visitor.fill('input[name="email"]', requester)
    await visitor.check('input[name="consent"]')
    await visitor.locator('form[action$="/api/guidance-requests"] button[type="submit"]').click()
    await visitor.waitForURL(/\/api\/guidance-requests/, { timeout: 30_000 })
    expect(await visitor.locator('h1').innerText()).toContain('Takk, vi har fått førespurnaden')
    const receipt = await found('the receipt', async () =>
      (await emailsTo(requester)).find((m) => m.subject === 'Vi har fått førespurnaden din'),
    )
    expect(receipt.text).toContain('Vi vil starte ein nettbutikk for strikk.')
  })

  it('the advisor for the topic sees it on the dashboard and replies from the admin; the reply reaches the requester', async () => {
    // The office's admin gives the advisor the case went to a password (as when they start).
    const officeAdmin = await staffLogin(login.email, login.password)
    const matching = await apiOn(
      officeAdmin,
      'GET',
      `/api/guidance-requests?where[email][equals]=${requester}&depth=1`,
    )
    expect(matching.totalDocs).toBe(1)
    const request = matching.docs[0]
    caseId = request.id
    // Digitalisation is among the seeded topics of Torbjørn Nordbø only.
    expect(request.advisor).toMatchObject({ email: 'torbjorn.nordbo@vinje.example' })
    const password = `Journeys-${Date.now()}`
    await apiOn(officeAdmin, 'PATCH', `/api/users/${request.advisor.id}`, { password })
    await officeAdmin.context().close()

    const advisor = await staffLogin(request.advisor.email, password)
    await advisor.goto(`${admin}/admin/advisor`)
    const row = advisor.locator('tr', { hasText: name })
    await row.waitFor({ timeout: 60_000 })
    // Days since received, then the requester, the topic and the status.
    expect((await row.locator('td').nth(0).innerText()).trim()).toBe('0')
    expect(await row.innerText()).toContain('Digitalisering')
    expect(await row.innerText()).toContain('Ny')

    await row.getByRole('link', { name }).click()
    await advisor.waitForURL(new RegExp(`/collections/guidance-requests/${caseId}`))
    await advisor.locator('.array-field__add-row').first().click()
    await advisor.fill('#field-thread__0__text', 'Vi kan møtast på kontoret torsdag kl. 13.')
    await advisor.click('#action-save')

    const reply = await found('the reply in the requester’s inbox', async () =>
      (await emails()).find(
        (m) => m.to.includes(requester) && (m.text ?? '').includes('torsdag kl. 13'),
      ),
    )
    expect(reply.subject).toContain('Svar frå')
    expect((reply as OutboxEmail & { replyTo?: string[] }).replyTo).toEqual([request.advisor.email])
    const saved = await apiOn(advisor, 'GET', `/api/guidance-requests/${caseId}?depth=0`)
    expect(saved.status).toBe('in-progress')
    expect(saved.thread[0].sentAt).toBeTruthy()
  })
})
