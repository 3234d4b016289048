/**
 * POST /api/newsletter/subscribe: the signup form (plain form post, no JavaScript needed) and
 * scripts (JSON). Double opt-in: this only stores an unconfirmed subscriber and emails a confirm
 * link. The answer is the same, and as slow, whether or not the address was subscribed already,
 * so the form cannot be used to find out who reads the newsletter.
 */
import { randomBytes } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'

import { isLocale, type Locale } from '../../../common/locales'
import { sitePaths } from '../../../common/routes'
import { sendSettingsFromEnv } from '../send/settings'
import { sendConfirmationEmail } from '../send/transactional'
import { env } from '../../env'
import type { Subscriber } from '../../payload-types'
import { recordConsentChange } from '../subscribers/consent'
import { pageContext } from './context'
import { bodyKind, parseForm, parseJson, readRawBody } from '../../http/body'
import { HttpError } from '../../http/errors'
import { htmlResponse, json, redirect } from '../../http/respond'
import { escapeHtml } from '../../../common/html'
import { page, paragraph } from '../../http/page'
import { clientAddress, createRateLimiter, type RateLimitResult } from '../../http/rateLimit'
import { evenTiming } from './evenTiming'
import { type PageTexts, pageTexts } from './texts'

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/
const CONSENT_YES = new Set(['true', 'on', 'yes', '1', 'ja'])

interface SignupInput {
  email: string
  name?: string
  topicSlugs: string[]
  locale: Locale
  consentVersion?: string
  honeypot: boolean
}

const str = (v: unknown) =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined
const phrase = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))

function topicSlugsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return [
    ...new Set(
      list
        .filter((v): v is string => typeof v === 'string')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ]
}

function readInput(fields: Record<string, unknown>, t: PageTexts): SignupInput {
  const locale = str(fields.locale)?.trim() || 'nn'
  if (!isLocale(locale)) throw new HttpError(422, t.badLocale, 'locale')
  const email = str(fields.email)?.trim().toLowerCase() ?? ''
  if (email.length > 254 || !EMAIL.test(email))
    throw new HttpError(422, pageTexts[locale].invalidEmail, 'email')
  const name = str(fields.name)?.trim() || undefined
  if (name && name.length > 200) throw new HttpError(422, pageTexts[locale].nameTooLong, 'name')
  const consent =
    fields.consent === true || CONSENT_YES.has(String(str(fields.consent) ?? '').toLowerCase())
  if (!consent) throw new HttpError(422, pageTexts[locale].missingConsent, 'consent')
  return {
    email,
    name,
    topicSlugs: topicSlugsOf(fields.topics),
    locale,
    consentVersion: str(fields.consentVersion)?.slice(0, 100),
    honeypot: Boolean(str(fields.website)?.trim()),
  }
}

async function topicIds(req: PayloadRequest, slugs: string[], t: PageTexts): Promise<number[]> {
  if (!slugs.length) return []
  const all = await req.payload.find({
    collection: 'topics',
    pagination: false,
    depth: 0,
    locale: 'nn',
    select: { slug: true },
  })
  const bySlug = new Map(all.docs.map((d) => [d.slug, d.id]))
  const unknown = slugs.find((s) => !bySlug.has(s))
  if (unknown !== undefined) {
    throw new HttpError(
      422,
      phrase(t.unknownTopic, {
        topic: unknown.slice(0, 60),
        choices: [...bySlug.keys()].sort().join(', '),
      }),
      'topics',
    )
  }
  return slugs.map((s) => bySlug.get(s)!)
}

const newNonce = () => randomBytes(12).toString('base64url')

/**
 * Stores the request and returns who to email, or null when nothing is sent: confirmed (already
 * subscribed), bounced and complained addresses are left alone, and say so to nobody.
 */
async function storeSignup(
  req: PayloadRequest,
  input: SignupInput,
  topics: number[],
  via: 'signup-form' | 'api',
): Promise<{ subscriber: Subscriber; nonce: string } | null> {
  const { payload } = req
  const now = new Date()
  const nonce = newNonce()
  const consent = { givenAt: now.toISOString(), method: via, wordingVersion: input.consentVersion }
  const detail = `topics: ${input.topicSlugs.join(', ') || 'all'}; language: ${input.locale}`
  const found = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: input.email } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
  })
  const existing = found.docs[0]
  if (!existing) {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: {
        email: input.email,
        name: input.name,
        status: 'unconfirmed',
        topics,
        locale: input.locale,
        consent,
        confirmationNonce: nonce,
        consentLog: [{ at: now.toISOString(), action: 'subscribe-requested', via, detail }],
      } as Partial<Subscriber> as Subscriber,
      depth: 0,
      showHiddenFields: true,
    })
    return { subscriber, nonce }
  }
  if (existing.status !== 'unconfirmed' && existing.status !== 'unsubscribed') return null
  const subscriber = await recordConsentChange(
    payload,
    existing,
    {
      action: 'subscribe-requested',
      via,
      detail: existing.status === 'unsubscribed' ? `${detail}; was unsubscribed` : detail,
    },
    {
      status: 'unconfirmed',
      name: input.name ?? existing.name,
      topics,
      locale: input.locale,
      consent,
      confirmationNonce: nonce,
    } as Partial<Subscriber>,
    now,
  )
  return { subscriber, nonce }
}

/**
 * 10 signups per IP per 10 minutes; 3 per address per hour: the form cannot be used to flood
 * someone's inbox with confirmation emails.
 */
export const signupsPerIp = createRateLimiter({ limit: 10, windowMs: 10 * 60_000 })
export const signupsPerAddress = createRateLimiter({ limit: 3, windowMs: 60 * 60_000 })

/** Known, bounced and bot signups are answered after as long as a new one takes. */
const signupTiming = evenTiming()

function tooMany(limit: RateLimitResult, t: PageTexts) {
  if (limit.allowed) return
  throw new HttpError(429, waitMessage(t, limit.retryAfterSeconds * 1000), undefined, {
    'retry-after': String(limit.retryAfterSeconds),
  })
}

function waitMessage(t: PageTexts, ms: number) {
  return phrase(t.tooMany, { minutes: Math.max(1, Math.ceil(ms / 60_000)) })
}

/** Back to the form the visitor came from, when it is on our site; else the signup page. */
function backLink(req: PayloadRequest, locale: Locale): string {
  const siteUrl = env().siteUrl
  const referer = req.headers.get('referer')
  return referer && referer.startsWith(`${siteUrl}/`)
    ? referer
    : `${siteUrl}${sitePaths.signup(locale)}`
}

async function handle(req: PayloadRequest): Promise<Response> {
  const startedAt = performance.now()
  const kind = bodyKind(req)
  let locale: Locale = 'nn'
  try {
    if (!kind) throw new HttpError(415, pageTexts.nn.wrongType)
    const raw = await readRawBody(req, undefined, pageTexts.nn.tooLarge)
    const fields = kind === 'json' ? parseJson(raw, pageTexts.nn.badJson) : parseForm(raw)
    if (isLocale(str(fields.locale))) locale = str(fields.locale) as Locale
    const t = pageTexts[locale]

    tooMany(signupsPerIp.hit(clientAddress(req)), t)
    const input = readInput(fields, t)
    const topics = await topicIds(req, input.topicSlugs, t)
    const accepted = () =>
      kind === 'form'
        ? redirect(`${env().siteUrl}${sitePaths.thanks(input.locale)}`)
        : json(202, { ok: true, message: t.checkInbox })
    // A bot filled the hidden field: answer as if all went well, store nothing.
    if (input.honeypot) {
      await signupTiming.padded(startedAt)
      return accepted()
    }
    tooMany(signupsPerAddress.hit(input.email), t)

    const stored = await storeSignup(req, input, topics, kind === 'form' ? 'signup-form' : 'api')
    if (stored) {
      try {
        await sendConfirmationEmail(
          req.payload,
          stored.subscriber,
          stored.nonce,
          sendSettingsFromEnv(),
        )
      } catch (err) {
        req.payload.logger.error({ err, msg: 'Newsletter confirmation email not sent' })
        throw new HttpError(503, t.sendFailed, undefined, { 'retry-after': '120' })
      }
      signupTiming.sent(startedAt)
    } else await signupTiming.padded(startedAt)
    return accepted()
  } catch (err) {
    if (!(err instanceof HttpError)) throw err
    if (kind !== 'form')
      return json(
        err.status,
        { error: err.message, ...(err.field ? { field: err.field } : {}) },
        err.headers,
      )
    const { t, office } = await pageContext(req, locale)
    const body = `${paragraph(err.message, 'error')}<p><a href="${escapeHtml(backLink(req, locale))}">${escapeHtml(t.back)}</a></p>`
    return htmlResponse(err.status, page(locale, t.errorTitle, body, office), err.headers)
  }
}

export const subscribeEndpoint: Endpoint = {
  path: '/newsletter/subscribe',
  method: 'post',
  handler: handle,
}
