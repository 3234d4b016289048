/**
 * The double opt-in link. GET only shows a page with a button: mail scanners and link previews
 * follow GET links, and must not subscribe anyone. The button's POST confirms. A link confirms
 * once: its nonce is cleared on use, and a newer signup replaces it.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { sitePaths } from '../../../common/routes'
import { preferencesUrl } from '../../../emails/links'
import { sendSettingsFromEnv } from '../send/settings'
import { sendWelcomeEmail } from '../send/transactional'
import { recordConsentChange } from '../subscribers/consent'
import { type PageContext, pageContext } from './context'
import { bodyKind, parseForm, readRawBody } from '../../http/body'
import { htmlResponse, tokenFrom } from '../../http/respond'
import { subscriberFromToken } from '../subscribers/lookup'
import { escapeHtml } from '../../../common/html'
import { hidden, page, paragraph, postForm } from '../../http/page'

const phrase = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k) => values[k])

export function linkProblemPage(
  ctx: PageContext,
  problem: 'invalid' | 'expired' | 'used',
): Response {
  const { t, lang, office, config } = ctx
  const message =
    problem === 'expired' ? t.linkExpired : problem === 'used' ? t.linkUsed : t.linkInvalid
  const body = `${paragraph(message, 'error')}<p><a href="${escapeHtml(config.siteUrl + sitePaths.signup(lang))}">${escapeHtml(t.signUpAgain)}</a></p>`
  return htmlResponse(
    problem === 'expired' ? 410 : problem === 'used' ? 409 : 400,
    page(lang, t.linkTitle, body, office),
  )
}

async function check(req: PayloadRequest, token: string) {
  const found = await subscriberFromToken(req.payload, token, 'confirm')
  if (!found.ok) return { response: linkProblemPage(await pageContext(req, 'nn'), found.problem) }
  const ctx = await pageContext(req, found.subscriber.locale)
  const { subscriber, claims } = found
  if (subscriber.status === 'confirmed')
    return {
      response: htmlResponse(
        200,
        page(ctx.lang, ctx.t.confirmTitle, paragraph(ctx.t.alreadyConfirmed, 'notice'), ctx.office),
      ),
    }
  const current = (subscriber as typeof subscriber & { confirmationNonce?: string | null })
    .confirmationNonce
  if (subscriber.status !== 'unconfirmed' || !current || current !== claims.nonce)
    return { response: linkProblemPage(ctx, 'used') }
  return { ctx, subscriber }
}

const showButton: Endpoint['handler'] = async (req) => {
  const token = tokenFrom(req)
  const checked = await check(req, token)
  if (checked.response) return checked.response
  const { ctx, subscriber } = checked
  const body =
    paragraph(phrase(ctx.t.confirmLead, { email: subscriber.email })) +
    postForm('/api/newsletter/confirm', hidden('token', token), ctx.t.confirmButton)
  return htmlResponse(200, page(ctx.lang, ctx.t.confirmTitle, body, ctx.office))
}

const confirm: Endpoint['handler'] = async (req) => {
  const form = bodyKind(req) === 'form' ? parseForm(await readRawBody(req)) : {}
  const checked = await check(req, tokenFrom(req, form))
  if (checked.response) return checked.response
  const { ctx, subscriber } = checked
  const now = new Date()
  const confirmed = await recordConsentChange(
    req.payload,
    subscriber,
    { action: 'confirmed', via: 'confirm-link' },
    { status: 'confirmed', confirmedAt: now.toISOString(), confirmationNonce: null } as Partial<
      typeof subscriber
    >,
    now,
  )
  try {
    await sendWelcomeEmail(req.payload, confirmed, sendSettingsFromEnv())
  } catch (err) {
    // The subscription stands; the welcome is a courtesy.
    req.payload.logger.warn({ err, msg: 'Newsletter welcome email not sent' })
  }
  const prefs = preferencesUrl(
    {
      serverUrl: ctx.config.serverUrl,
      linkSecret: ctx.config.newsletter.linkSecret,
      unsubscribeMailto: ctx.config.newsletter.unsubscribeMailto,
    },
    confirmed,
  )
  const body =
    paragraph(ctx.t.confirmedLead, 'notice') +
    `<p><a href="${escapeHtml(prefs)}">${escapeHtml(ctx.t.preferencesLink)}</a></p>`
  return htmlResponse(200, page(ctx.lang, ctx.t.confirmedTitle, body, ctx.office))
}

export const confirmEndpoints: Endpoint[] = [
  { path: '/newsletter/confirm', method: 'get', handler: showButton },
  { path: '/newsletter/confirm', method: 'post', handler: confirm },
]
