/**
 * The preference centre behind the signed link in every email: change topics and language,
 * unsubscribe (or subscribe again), download everything stored, erase everything. The link proves
 * the visitor reads the mailbox; every change is written to the consent log.
 */
import type { Locale } from '../../../common/locales'
import type { Endpoint, PayloadRequest } from 'payload'

import { isLocale } from '../../../common/locales'
import type { Subscriber, Topic } from '../../payload-types'
import { recordConsentChange } from '../subscribers/consent'
import { linkProblemPage } from './confirm'
import { type PageContext, pageContext } from './context'
import { bodyKind, parseForm, readRawBody } from '../../http/body'
import { htmlResponse, json, tokenFrom } from '../../http/respond'
import { subscriberFromToken } from '../subscribers/lookup'
import { erasePersonalData, exportPersonalData } from '../subscribers/personalData'
import { escapeHtml } from '../../../common/html'
import { hidden, page, paragraph, postForm } from '../../http/page'
import { unsubscribe } from '../subscribers/unsubscribe'

const phrase = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k) => values[k])
const idOf = (v: number | Topic) => (typeof v === 'object' ? v.id : v)

function statusLine(ctx: PageContext, s: Subscriber): string {
  const { t } = ctx
  const text =
    s.status === 'confirmed'
      ? t.statusConfirmed
      : s.status === 'unconfirmed'
        ? t.statusUnconfirmed
        : s.status === 'unsubscribed'
          ? t.statusUnsubscribed
          : t.statusSuppressed
  return paragraph(phrase(text, { email: s.email }))
}

async function preferencesPage(
  req: PayloadRequest,
  ctx: PageContext,
  s: Subscriber,
  token: string,
  notice?: { text: string; kind: 'notice' | 'error' },
  status = 200,
) {
  const { t, lang } = ctx
  const topics = await req.payload.find({
    collection: 'topics',
    pagination: false,
    depth: 0,
    locale: lang,
    sort: 'name',
  })
  const chosen = new Set((s.topics ?? []).map((v) => String(idOf(v))))
  const checkbox = (topic: Topic) =>
    `<label><input type="checkbox" name="topics" value="${escapeHtml(topic.slug)}"${chosen.has(String(topic.id)) ? ' checked' : ''}> ${escapeHtml(topic.name)}</label>`
  const radio = (value: Locale, label: string) =>
    `<label><input type="radio" name="locale" value="${value}"${s.locale === value ? ' checked' : ''}> ${label}</label>`
  const tokenField = hidden('token', token)
  const settings = `<form method="post" action="/api/newsletter/preferences">${tokenField}
<fieldset><legend>${escapeHtml(t.topicsLegend)}</legend><p class="hint">${escapeHtml(t.topicsHint)}</p>${topics.docs.map(checkbox).join('')}</fieldset>
<fieldset><legend>${escapeHtml(t.languageLegend)}</legend>${radio('nn', 'Nynorsk')}${radio('en', 'English')}</fieldset>
<p><button type="submit">${escapeHtml(t.save)}</button></p></form>`
  const subscription =
    s.status === 'unsubscribed'
      ? postForm(
          '/api/newsletter/preferences/resubscribe',
          tokenField,
          t.resubscribeButton,
          'secondary',
        )
      : s.status === 'confirmed' || s.status === 'unconfirmed'
        ? postForm(
            '/api/newsletter/preferences/unsubscribe',
            tokenField,
            t.unsubscribeButton,
            'secondary',
          )
        : ''
  const erase = `<form method="post" action="/api/newsletter/preferences/erase">${tokenField}<p>${escapeHtml(t.eraseLead)}</p>
<label><input type="checkbox" name="confirm" value="yes" required> ${escapeHtml(t.eraseConfirm)}</label><p><button type="submit" class="danger">${escapeHtml(t.eraseButton)}</button></p></form>`
  const body = [
    notice ? paragraph(notice.text, notice.kind) : '',
    statusLine(ctx, s),
    settings,
    subscription ? `<h2>${escapeHtml(t.unsubscribeHeading)}</h2>${subscription}` : '',
    `<h2>${escapeHtml(t.dataHeading)}</h2><p><a href="/api/newsletter/preferences/export?token=${encodeURIComponent(token)}">${escapeHtml(t.download)}</a></p>`,
    `<h2>${escapeHtml(t.eraseHeading)}</h2>${erase}`,
  ].join('\n')
  return htmlResponse(status, page(lang, t.prefsTitle, body, ctx.office))
}

/** Reads the form (if any) and the subscriber the token is for; a bad link gets its page. */
async function open(req: PayloadRequest) {
  const form =
    req.method === 'POST' && bodyKind(req) === 'form' ? parseForm(await readRawBody(req)) : {}
  const token = tokenFrom(req, form)
  const found = await subscriberFromToken(req.payload, token, 'preferences')
  if (!found.ok) return { response: linkProblemPage(await pageContext(req, 'nn'), found.problem) }
  return { form, token, subscriber: found.subscriber }
}

const show: Endpoint['handler'] = async (req) => {
  const o = await open(req)
  if (o.response) return o.response
  return preferencesPage(req, await pageContext(req, o.subscriber.locale), o.subscriber, o.token)
}

const save: Endpoint['handler'] = async (req) => {
  const o = await open(req)
  if (o.response) return o.response
  const { form, token, subscriber } = o
  const slugs = [form.topics ?? []].flat()
  const all = await req.payload.find({
    collection: 'topics',
    pagination: false,
    depth: 0,
    locale: 'nn',
    select: { slug: true },
  })
  const ids = all.docs.filter((d) => slugs.includes(d.slug)).map((d) => d.id)
  const locale = isLocale(form.locale) ? form.locale : subscriber.locale
  const detail = `topics: ${
    all.docs
      .filter((d) => ids.includes(d.id))
      .map((d) => d.slug)
      .join(', ') || 'all'
  }; language: ${locale}`
  const updated = await recordConsentChange(
    req.payload,
    subscriber,
    { action: 'preferences-changed', via: 'preference-centre', detail },
    { topics: ids, locale },
  )
  const ctx = await pageContext(req, updated.locale)
  return preferencesPage(req, ctx, updated, token, { text: ctx.t.saved, kind: 'notice' })
}

const leave: Endpoint['handler'] = async (req) => {
  const o = await open(req)
  if (o.response) return o.response
  await unsubscribe(req.payload, o.subscriber, 'preference-centre')
  const s = await req.payload.findByID({ collection: 'subscribers', id: o.subscriber.id, depth: 0 })
  const ctx = await pageContext(req, s.locale)
  return preferencesPage(req, ctx, s, o.token, { text: ctx.t.unsubscribedLead, kind: 'notice' })
}

/** Only someone who unsubscribed themselves comes back this way; bounced and complained do not. */
const rejoin: Endpoint['handler'] = async (req) => {
  const o = await open(req)
  if (o.response) return o.response
  let s = o.subscriber
  if (s.status === 'unsubscribed') {
    s = await recordConsentChange(
      req.payload,
      s,
      { action: 'resubscribed', via: 'preference-centre' },
      { status: 'confirmed', unsubscribedAt: null, unsubscribedFrom: null },
    )
  }
  const ctx = await pageContext(req, s.locale)
  return preferencesPage(req, ctx, s, o.token, { text: ctx.t.resubscribed, kind: 'notice' })
}

const download: Endpoint['handler'] = async (req) => {
  const o = await open(req)
  if (o.response) return o.response
  const data = await exportPersonalData(req.payload, o.subscriber)
  return json(200, data, {
    'content-disposition': 'attachment; filename="nyheitsbrev-mine-data.json"',
  })
}

const erase: Endpoint['handler'] = async (req) => {
  const o = await open(req)
  if (o.response) return o.response
  const ctx = await pageContext(req, o.subscriber.locale)
  if (o.form.confirm !== 'yes')
    return preferencesPage(
      req,
      ctx,
      o.subscriber,
      o.token,
      { text: ctx.t.eraseNeedsConfirm, kind: 'error' },
      400,
    )
  await erasePersonalData(req.payload, o.subscriber)
  return htmlResponse(
    200,
    page(ctx.lang, ctx.t.erasedTitle, paragraph(ctx.t.erasedLead, 'notice'), ctx.office),
  )
}

export const preferenceEndpoints: Endpoint[] = [
  { path: '/newsletter/preferences', method: 'get', handler: show },
  { path: '/newsletter/preferences', method: 'post', handler: save },
  { path: '/newsletter/preferences/unsubscribe', method: 'post', handler: leave },
  { path: '/newsletter/preferences/resubscribe', method: 'post', handler: rejoin },
  { path: '/newsletter/preferences/export', method: 'get', handler: download },
  { path: '/newsletter/preferences/erase', method: 'post', handler: erase },
]
