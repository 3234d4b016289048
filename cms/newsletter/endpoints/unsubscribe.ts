/**
 * Unsubscribing. POST /api/newsletter/unsubscribe?token=… is the RFC 8058 one-click target of the
 * List-Unsubscribe header: mail clients POST "List-Unsubscribe=One-Click" and expect it done, with
 * 200 and no further step. GET (the footer link) shows a button, for the same reason as confirm:
 * scanners follow GET links.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { preferencesUrl } from '../../../emails/links'
import { unsubscribe } from '../subscribers/unsubscribe'
import { pageContext } from './context'
import { linkProblemPage } from './confirm'
import { bodyKind, parseForm, readRawBody } from '../../http/body'
import { htmlResponse, tokenFrom } from '../../http/respond'
import { subscriberFromToken } from '../subscribers/lookup'
import { escapeHtml } from '../../../common/html'
import { hidden, page, paragraph, postForm } from '../../http/page'

const phrase = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k) => values[k])

const showButton: Endpoint['handler'] = async (req) => {
  const token = tokenFrom(req)
  const found = await subscriberFromToken(req.payload, token, 'unsubscribe')
  if (!found.ok) return linkProblemPage(await pageContext(req, 'nn'), found.problem)
  const { t, lang, office } = await pageContext(req, found.subscriber.locale)
  if (found.subscriber.status === 'unsubscribed')
    return htmlResponse(
      200,
      page(lang, t.unsubscribedTitle, paragraph(t.alreadyUnsubscribed, 'notice'), office),
    )
  const body =
    paragraph(phrase(t.unsubscribeLead, { email: found.subscriber.email })) +
    postForm(
      `/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
      hidden('token', token),
      t.unsubscribeButton,
    )
  return htmlResponse(200, page(lang, t.unsubscribeTitle, body, office))
}

const oneClick: Endpoint['handler'] = async (req: PayloadRequest) => {
  const raw = bodyKind(req) === 'form' ? await readRawBody(req) : ''
  const form = parseForm(raw)
  const found = await subscriberFromToken(req.payload, tokenFrom(req, form), 'unsubscribe')
  if (!found.ok) return linkProblemPage(await pageContext(req, 'nn'), found.problem)
  const via = form['List-Unsubscribe'] === 'One-Click' ? 'one-click' : 'unsubscribe-page'
  await unsubscribe(req.payload, found.subscriber, via, found.claims.issueId)
  const { t, lang, office, config } = await pageContext(req, found.subscriber.locale)
  const prefs = preferencesUrl(
    {
      serverUrl: config.serverUrl,
      linkSecret: config.newsletter.linkSecret,
      unsubscribeMailto: config.newsletter.unsubscribeMailto,
    },
    found.subscriber,
  )
  const body = `${paragraph(t.unsubscribedLead, 'notice')}<p><a href="${escapeHtml(prefs)}">${escapeHtml(t.preferencesLink)}</a></p>`
  return htmlResponse(200, page(lang, t.unsubscribedTitle, body, office))
}

export const unsubscribeEndpoints: Endpoint[] = [
  { path: '/newsletter/unsubscribe', method: 'get', handler: showButton },
  { path: '/newsletter/unsubscribe', method: 'post', handler: oneClick },
]
