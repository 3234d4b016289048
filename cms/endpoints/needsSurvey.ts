/**
 * POST /api/needs-survey: the public needs survey. A business states what it needs; the
 * submission is stored as unreviewed for an advisor, linked to the business when the office
 * knows its organisation number.
 *
 * The site's form posts application/x-www-form-urlencoded and works without JavaScript: it gets a
 * 303 to the thank-you page, or a small page with the status (4xx), what was wrong, and a link
 * back to the form (the static site cannot show a message without scripts). Scripts send
 * JSON and get 201 or a 4xx with { error, field }. Protections: 64 KB body limit, content type,
 * honeypot, per-address rate limit; on any refusal nothing is stored.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { env } from '../env'
import { escapeHtml } from '../../common/html'
import { href } from '../../common/routes'
import { page, paragraph } from '../http/page'
import { htmlResponse, redirect } from '../http/respond'
import { recordNeedsSubmission } from '../needs/recordSubmission'
import { readFormBody, wantsJson } from '../http/body'
import { HttpError } from '../http/errors'
import { isHoneypotFilled } from '../http/honeypot'
import { clientAddress, createRateLimiter } from '../http/rateLimit'
import {
  type NeedsSurveyInput,
  parseNeedsSurvey,
  SurveyInputError,
  type SurveyLocale,
  surveyLocale,
} from './needsSurveyInput'

/** A business rarely has more than a couple of things to say in ten minutes; a bot has thousands. */
export const needsSurveyRateLimiter = createRateLimiter({ limit: 5, windowMs: 10 * 60_000 })

const PAGES = {
  form: (locale: SurveyLocale) => href(locale, 'needs'),
  thanks: (locale: SurveyLocale) => href(locale, 'needsThanks'),
}

const THANKS = {
  nn: 'Takk! Vi har fått meldinga og tek kontakt.',
  en: 'Thank you! We have received your message and will be in touch.',
}
const TOO_MANY = {
  nn: (min: number) => `For mange innsendingar frå same stad: prøv igjen om ${min} minutt.`,
  en: (min: number) => `Too many submissions from the same place: try again in ${min} minutes.`,
}

const sitePage = (
  page: keyof typeof PAGES,
  locale: SurveyLocale,
  query?: Record<string, string>,
) => {
  const url = new URL(PAGES[page](locale), `${env().siteUrl}/`)
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v)
  return url.toString()
}

const FIX = {
  nn: {
    title: 'Meldinga vart ikkje send',
    backHint: 'Bruk «tilbake» i nettlesaren for å rette det du skreiv.',
    back: 'Opne eit tomt skjema',
  },
  en: {
    title: 'Your message was not sent',
    backHint: 'Use your browser’s back button to correct what you typed.',
    back: 'Open an empty form',
  },
}

async function refuse(
  req: PayloadRequest,
  status: number,
  message: string,
  locale: SurveyLocale,
  field?: string,
  headers: Record<string, string> = {},
) {
  if (wantsJson(req) || status === 415)
    return Response.json({ error: message, ...(field ? { field } : {}) }, { status, headers })
  const back = `<p>${escapeHtml(FIX[locale].backHint)}</p><p><a href="${escapeHtml(sitePage('form', locale))}">${escapeHtml(FIX[locale].back)}</a></p>`
  const settings = await req.payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
  const html = page(
    locale,
    FIX[locale].title,
    paragraph(message, 'error') + back,
    settings.officeName ?? '',
  )
  return htmlResponse(status, html, headers)
}

function accepted(req: PayloadRequest, locale: SurveyLocale) {
  return wantsJson(req)
    ? Response.json({ message: THANKS[locale] }, { status: 201 })
    : redirect(sitePage('thanks', locale))
}

/** Links by organisation number; the answer never says whether it matched (that is the office's business). */
export const storeNeedsSubmission = (payload: Payload, input: NeedsSurveyInput) =>
  recordNeedsSubmission(payload, input)

export async function handleNeedsSurvey(req: PayloadRequest): Promise<Response> {
  let locale: SurveyLocale = 'nn'
  try {
    const { fields } = await readFormBody(req)
    locale = surveyLocale(fields)
    // Same answer as a real submission, so the bot learns nothing; nothing is stored.
    if (isHoneypotFilled(fields)) return accepted(req, locale)
    const limit = needsSurveyRateLimiter.hit(clientAddress(req))
    if (!limit.allowed) {
      return refuse(
        req,
        429,
        TOO_MANY[locale](Math.ceil(limit.retryAfterSeconds / 60)),
        locale,
        undefined,
        { 'Retry-After': String(limit.retryAfterSeconds) },
      )
    }
    const input = await parseNeedsSurvey(req.payload, fields)
    await storeNeedsSubmission(req.payload, input)
    return accepted(req, locale)
  } catch (err) {
    if (err instanceof HttpError) return refuse(req, err.status, err.message, locale)
    if (err instanceof SurveyInputError) return refuse(req, 400, err.message, err.locale, err.field)
    throw err
  }
}

export const needsSurveyEndpoint: Endpoint = {
  path: '/needs-survey',
  method: 'post',
  handler: handleNeedsSurvey,
}
