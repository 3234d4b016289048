/**
 * Single emails outside an issue: the double opt-in confirmation, the welcome after confirming, and
 * an editor's test send of an issue. Idempotency keys make a retried request send once.
 */
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import type { Subscriber } from '../../payload-types'
import { loadIssueContent, officeOf } from '../content'
import { isLocale, type Locale } from '../../../common/locales'
import { emailTexts } from '../../../emails/i18n'
import {
  confirmUrl,
  type LinkSettings,
  listUnsubscribeHeaders,
  preferencesUrl,
  unsubscribeUrl,
} from '../../../emails/links'
import {
  compileIssue,
  personalise,
  renderConfirmEmail,
  renderWelcomeEmail,
} from '../../../emails/render'
import type { OutgoingEmail, SendOutcome } from '../../../emails/send/messenger'
import type { SendSettings } from '../../../emails/send/types'

const linksOf = (s: SendSettings): LinkSettings => ({
  serverUrl: s.serverUrl,
  linkSecret: s.linkSecret,
  unsubscribeMailto: s.unsubscribeMailto,
  production: s.production,
})
const localeOf = (s: Pick<Subscriber, 'locale'>): Locale => (isLocale(s.locale) ? s.locale : 'nn')

async function office(payload: Payload, locale: Locale) {
  return officeOf(await payload.findGlobal({ slug: 'site-settings', locale, depth: 0 }), locale)
}

export class EmailNotSentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EmailNotSentError'
  }
}

/** Sends one email, retrying a 429 or a 5xx a few times under the same idempotency key. */
async function sendWithRetries(
  settings: SendSettings,
  email: OutgoingEmail,
  idempotencyKey?: string,
): Promise<string> {
  let outcome: SendOutcome = { ok: false, retry: 'backoff', message: 'not attempted' }
  for (let attempt = 0; attempt < 3; attempt++) {
    outcome = await settings.messenger.sendOne(email, {
      idempotencyKey,
      timeoutMs: settings.requestTimeoutMs,
    })
    if (outcome.ok) return outcome.ids[0]
    if (outcome.retry === 'never') break
    await new Promise((r) =>
      setTimeout(
        r,
        outcome.ok === false && outcome.retry === 'after'
          ? Math.min(outcome.afterMs, 5000)
          : 250 * 2 ** attempt,
      ),
    )
  }
  throw new EmailNotSentError(outcome.ok ? 'sent' : outcome.message)
}

export async function sendConfirmationEmail(
  payload: Payload,
  subscriber: Pick<Subscriber, 'id' | 'email' | 'locale'>,
  nonce: string,
  settings: SendSettings,
) {
  const locale = localeOf(subscriber)
  const email = await renderConfirmEmail({
    locale,
    email: subscriber.email,
    office: await office(payload, locale),
    confirmUrl: confirmUrl(linksOf(settings), subscriber, nonce),
  })
  return sendWithRetries(
    settings,
    {
      from: settings.from,
      to: subscriber.email,
      ...email,
      tags: [
        { name: 'kind', value: 'confirm' },
        { name: 'subscriber', value: String(subscriber.id) },
      ],
    },
    `confirm-${subscriber.id}-${nonce}`,
  )
}

export async function sendWelcomeEmail(
  payload: Payload,
  subscriber: Pick<Subscriber, 'id' | 'email' | 'locale'>,
  settings: SendSettings,
) {
  const locale = localeOf(subscriber)
  const links = linksOf(settings)
  const email = await renderWelcomeEmail({
    locale,
    office: await office(payload, locale),
    preferencesUrl: preferencesUrl(links, subscriber),
  })
  return sendWithRetries(settings, {
    from: settings.from,
    to: subscriber.email,
    ...email,
    headers: listUnsubscribeHeaders(links, subscriber),
    tags: [
      { name: 'kind', value: 'welcome' },
      { name: 'subscriber', value: String(subscriber.id) },
    ],
  })
}

/**
 * An editor's test: the issue with every section, to at most 10 addresses, subject marked [TEST].
 * Its links are real but belong to no subscriber, so they open a "link not valid" page.
 */
export async function sendTestIssue(
  payload: Payload,
  issueId: string | number,
  addresses: string[],
  locale: Locale,
  settings: SendSettings,
) {
  const compiled = await compileIssue(
    await loadIssueContent(payload, issueId, locale, { siteUrl: settings.siteUrl }),
  )
  const links = linksOf(settings)
  const nobody = { id: 'test', email: 'test@invalid' }
  const { html, text } = personalise(compiled, {
    topics: [],
    preferencesUrl: preferencesUrl(links, nobody),
    unsubscribeUrl: unsubscribeUrl(links, nobody, issueId),
  })
  const emails: OutgoingEmail[] = addresses.map((to) => ({
    from: settings.from,
    to,
    subject: `${emailTexts[locale].testPrefix} ${compiled.subject}`,
    html,
    text,
    tags: [
      { name: 'kind', value: 'test' },
      { name: 'issue', value: String(issueId) },
    ],
  }))
  const outcome = await settings.messenger.sendBatch(emails, {
    idempotencyKey: `test-${issueId}-${randomUUID()}`,
    timeoutMs: settings.requestTimeoutMs,
  })
  if (!outcome.ok) throw new EmailNotSentError(outcome.message)
  return { ids: outcome.ids, htmlBytes: compiled.htmlBytes }
}
