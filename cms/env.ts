/**
 * The one place that reads environment variables. Everything else imports `env`.
 * Validated at start so a missing production secret fails with its name, not deep inside a request.
 */
import { createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parseTrustProxy, type TrustProxy } from './http/rateLimit'

export type AppEnv = 'development' | 'test' | 'production'

export interface Env {
  appEnv: AppEnv
  payloadSecret: string
  /** Where the secret came from: said once at start so a developer knows a local one is in use. */
  payloadSecretSource: 'environment' | 'generated'
  databaseUrl: string
  serverUrl: string
  siteUrl: string
  dataDir: string
  /** Enhetsregisteret's open API (update feed, look-ups by org number); a local fake in tests. */
  brregBaseUrl: string
  newsletter: NewsletterEnv
  /** TRUST_PROXY: the proxies whose X-Forwarded-For is believed (none when unset). */
  trustProxy: TrustProxy
  /** EVENT_ATTENDEE_RETENTION_DAYS: attendee data are erased this many days after an event. */
  eventAttendeeRetentionDays: number
}

/** Sending, links and webhooks of the newsletter (emails/, cms/endpoints/newsletter/). */
export interface NewsletterEnv {
  /** Unset: no real sending; `npm start` runs the fake Resend instead (see emails/fake-resend). */
  resendApiKey?: string
  /** The fake Resend's address, or unset for https://api.resend.com. */
  resendBaseUrl?: string
  /**
   * True in development without a key: emails go to the fake Resend that `npm start` runs on
   * DEV_RESEND_URL. Decided here, from the environment alone, so every process (the admin, the
   * jobs worker, a script) reaches the same conclusion whatever was imported first.
   */
  useDevFake: boolean
  /** Resend's webhook signing secret (whsec_…); the webhook endpoint refuses everything without it. */
  resendWebhookSecret?: string
  /** "Name <address>" every email is sent from. */
  emailFrom: string
  /** Where one-click mail clients send "unsubscribe" when they use mailto:. */
  unsubscribeMailto: string
  /** Signs confirm, preference and unsubscribe links (HMAC-SHA256). */
  linkSecret: string
  linkSecretSource: 'environment' | 'derived'
  /** Batch requests per second to the provider (Resend's default team limit is 2). */
  sendRatePerSecond: number
  /** Retries of one batch after 5xx or network errors (429s are waited out, not counted). */
  maxRetries: number
  requestTimeoutMs: number
}

const WEAK_SECRETS = new Set([
  'secret',
  'changeme',
  'change-me',
  'your_secret_here',
  'payload',
  'password',
])
export const MIN_SECRET_LENGTH = 32

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

function parseAppEnv(value: string | undefined): AppEnv {
  const v = (value ?? 'development').trim()
  if (v === 'development' || v === 'test' || v === 'production') return v
  throw new ConfigError(`APP_ENV is "${v}": use development, test or production`)
}

export function isWeakSecret(secret: string): boolean {
  return secret.length < MIN_SECRET_LENGTH || WEAK_SECRETS.has(secret.toLowerCase())
}

/** A development secret survives restarts (so logins stay valid) by living in the git-ignored data dir. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

function resolveSecret(source: EnvSource, appEnv: AppEnv, dataDir: string) {
  const given = source.PAYLOAD_SECRET?.trim()
  if (appEnv === 'production') {
    if (!given)
      throw new ConfigError(
        'PAYLOAD_SECRET is not set: production needs a random secret of at least 32 characters (openssl rand -hex 32)',
      )
    if (isWeakSecret(given))
      throw new ConfigError(
        `PAYLOAD_SECRET is too weak: production needs at least ${MIN_SECRET_LENGTH} random characters`,
      )
    return { payloadSecret: given, payloadSecretSource: 'environment' as const }
  }
  if (given) return { payloadSecret: given, payloadSecretSource: 'environment' as const }
  return { payloadSecret: localSecret(dataDir), payloadSecretSource: 'generated' as const }
}

function parseNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value.trim() === '') return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ConfigError(`${name} is "${value}": use a number from ${min} to ${max}`)
  return n
}

const EMAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/** "Name <a@b.no>" or "a@b.no" → the bare address, or null when it is neither. */
export function addressOf(from: string): string | null {
  const m = /<([^<>]+)>\s*$/.exec(from)
  const address = (m ? m[1] : from).trim()
  return EMAIL_ADDRESS.test(address) ? address : null
}

/** Where `npm start` runs the fake Resend in development (emails/fake-resend). */
export const DEV_RESEND_PORT = 3025
export const DEV_RESEND_URL = `http://127.0.0.1:${DEV_RESEND_PORT}`

function readNewsletterEnv(
  source: EnvSource,
  payloadSecret: string,
  appEnv: AppEnv,
): NewsletterEnv {
  const emailFrom =
    source.EMAIL_FROM?.trim() || 'Næringskontoret i Vinje <nyheitsbrev@vinje.example>'
  const fromAddress = addressOf(emailFrom)
  if (!fromAddress)
    throw new ConfigError(
      `EMAIL_FROM is "${emailFrom}": use "Name <address@domain>" or a bare address`,
    )
  const unsubscribeMailto =
    source.NEWSLETTER_UNSUBSCRIBE_MAILTO?.trim() || `unsubscribe@${fromAddress.split('@')[1]}`
  if (!EMAIL_ADDRESS.test(unsubscribeMailto))
    throw new ConfigError(
      `NEWSLETTER_UNSUBSCRIBE_MAILTO is "${unsubscribeMailto}": use an email address`,
    )
  const givenLinkSecret = source.NEWSLETTER_LINK_SECRET?.trim()
  if (givenLinkSecret && isWeakSecret(givenLinkSecret)) {
    throw new ConfigError(
      `NEWSLETTER_LINK_SECRET is too weak: use at least ${MIN_SECRET_LENGTH} random characters, or leave it unset to derive one from PAYLOAD_SECRET`,
    )
  }
  const givenBaseUrl = source.RESEND_BASE_URL?.trim()
  const resendApiKey = source.RESEND_API_KEY?.trim() || undefined
  const useDevFake = appEnv === 'development' && !resendApiKey && !givenBaseUrl
  const resendBaseUrl = givenBaseUrl
    ? parseUrl('RESEND_BASE_URL', givenBaseUrl)
    : useDevFake
      ? DEV_RESEND_URL
      : undefined
  return {
    resendApiKey,
    resendBaseUrl,
    useDevFake,
    resendWebhookSecret: source.RESEND_WEBHOOK_SECRET?.trim() || undefined,
    emailFrom,
    unsubscribeMailto,
    // Derived, not shared: a leaked link token must never help forge an admin session, and back.
    linkSecret:
      givenLinkSecret ||
      createHmac('sha256', payloadSecret).update('naeringshub newsletter links').digest('hex'),
    linkSecretSource: givenLinkSecret ? 'environment' : 'derived',
    sendRatePerSecond: parseNumber(
      'NEWSLETTER_SEND_RATE',
      source.NEWSLETTER_SEND_RATE,
      2,
      0.1,
      1000,
    ),
    maxRetries: parseNumber('NEWSLETTER_MAX_RETRIES', source.NEWSLETTER_MAX_RETRIES, 5, 0, 50),
    requestTimeoutMs: parseNumber(
      'NEWSLETTER_REQUEST_TIMEOUT_MS',
      source.NEWSLETTER_REQUEST_TIMEOUT_MS,
      15_000,
      50,
      300_000,
    ),
  }
}

function parseUrl(name: string, value: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '')
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}" (example: http://localhost:3000)`)
  }
}

/** Variables by name; `process.env` or a test's own set. */
export type EnvSource = Record<string, string | undefined>

export function readEnv(source: EnvSource = process.env): Env {
  const appEnv = parseAppEnv(source.APP_ENV)
  const dataDir = path.resolve(source.DATA_DIR ?? 'data')
  const databaseUrl = source.DATABASE_URL?.trim() || `file:${path.join(dataDir, 'naeringshub.db')}`
  const secret = resolveSecret(source, appEnv, dataDir)
  let trustProxy: TrustProxy
  try {
    trustProxy = parseTrustProxy(source.TRUST_PROXY)
  } catch (err) {
    throw new ConfigError((err as Error).message)
  }
  const settings: Env = {
    appEnv,
    ...secret,
    databaseUrl,
    serverUrl: parseUrl('SERVER_URL', source.SERVER_URL ?? 'http://localhost:3000'),
    siteUrl: parseUrl('SITE_URL', source.SITE_URL ?? 'http://localhost:4321'),
    dataDir,
    brregBaseUrl: parseUrl(
      'BRREG_BASE_URL',
      source.BRREG_BASE_URL?.trim() || 'https://data.brreg.no',
    ),
    newsletter: readNewsletterEnv(source, secret.payloadSecret, appEnv),
    trustProxy,
    eventAttendeeRetentionDays: parseNumber(
      'EVENT_ATTENDEE_RETENTION_DAYS',
      source.EVENT_ATTENDEE_RETENTION_DAYS,
      90,
      1,
      3650,
    ),
  }
  if (appEnv === 'production') refuseUnsafeProduction(settings)
  return settings
}

/** What would work on a laptop but must not face the internet. */
function refuseUnsafeProduction({ serverUrl, siteUrl, newsletter }: Env) {
  for (const [name, url] of [
    ['SERVER_URL', serverUrl],
    ['SITE_URL', siteUrl],
  ])
    if (!url.startsWith('https://'))
      throw new ConfigError(
        `${name} is "${url}": production needs an https:// address (logins and forms must not travel in clear text)`,
      )
  if (!newsletter.resendApiKey)
    throw new ConfigError(
      'RESEND_API_KEY is not set: production sends real email through Resend (the fake Resend is for development)',
    )
  if (newsletter.resendBaseUrl && !newsletter.resendBaseUrl.startsWith('https://'))
    throw new ConfigError(
      `RESEND_BASE_URL is "${newsletter.resendBaseUrl}": that is the fake Resend or another local service; unset it in production`,
    )
  if (!newsletter.resendWebhookSecret)
    throw new ConfigError(
      "RESEND_WEBHOOK_SECRET is not set: with real sending, Resend's bounce and complaint webhooks must be verified (whsec_… from the webhook's page in Resend)",
    )
}

/** A developer's .env (git-ignored) fills what the shell did not set; tests never read it. */
export function loadDotEnv() {
  if (process.env.APP_ENV !== 'test' && fs.existsSync('.env')) process.loadEnvFile('.env')
}

/** Every variable readEnv looks at: a change to any of them is seen by the next env() call. */
const ENV_NAMES = [
  'APP_ENV',
  'DATA_DIR',
  'DATABASE_URL',
  'PAYLOAD_SECRET',
  'SERVER_URL',
  'SITE_URL',
  'EMAIL_FROM',
  'NEWSLETTER_LINK_SECRET',
  'NEWSLETTER_MAX_RETRIES',
  'NEWSLETTER_REQUEST_TIMEOUT_MS',
  'NEWSLETTER_SEND_RATE',
  'NEWSLETTER_UNSUBSCRIBE_MAILTO',
  'RESEND_API_KEY',
  'RESEND_BASE_URL',
  'RESEND_WEBHOOK_SECRET',
  'BRREG_BASE_URL',
  'TRUST_PROXY',
] as const

let dotEnvLoaded = false
let cached: { key: string; env: Env } | undefined

/**
 * The settings as the environment says now. Read when asked, not when a module is imported, and
 * read again when a variable changed: no module depends on being imported before another.
 */
export function env(): Env {
  if (!dotEnvLoaded) {
    loadDotEnv()
    dotEnvLoaded = true
  }
  const key = ENV_NAMES.map((name) => process.env[name] ?? '').join('\0')
  if (cached?.key !== key) cached = { key, env: readEnv() }
  return cached.env
}
