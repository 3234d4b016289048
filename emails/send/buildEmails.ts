/**
 * A batch's emails from the snapshot: each subscriber's sections and signed links, the RFC 8058
 * one-click headers, and tags naming the issue and the subscriber so webhooks map back to both.
 * Deterministic: the same snapshot and recipients give byte-identical emails.
 */
import { type LinkSettings, preferencesUrl, unsubscribeLinks } from '../links'
import { personalise } from '../render'
import type { OutgoingEmail } from './messenger'
import type { Recipient, SendSnapshot } from './types'

export const newsletterTags = (issueId: string, subscriberId: string) => [
  { name: 'kind', value: 'newsletter' },
  { name: 'issue', value: issueId },
  { name: 'subscriber', value: subscriberId },
]

export function buildNewsletterEmails(
  issueId: string,
  snapshot: SendSnapshot,
  recipients: Recipient[],
  linkSecret: string,
  opts: { production?: boolean } = {},
): OutgoingEmail[] {
  const links: LinkSettings = {
    serverUrl: snapshot.serverUrl,
    linkSecret,
    unsubscribeMailto: snapshot.unsubscribeMailto,
    production: opts.production,
  }
  return recipients.map((r) => {
    const issue = snapshot.issues[r.locale] ?? snapshot.issues.nn!
    const unsubscribe = unsubscribeLinks(links, r, issueId)
    const { html, text } = personalise(issue, {
      topics: r.topics,
      preferencesUrl: preferencesUrl(links, r),
      unsubscribeUrl: unsubscribe.url,
    })
    return {
      from: snapshot.from,
      to: r.email,
      subject: issue.subject,
      html,
      text,
      headers: unsubscribe.headers,
      tags: newsletterTags(issueId, r.id),
    }
  })
}
