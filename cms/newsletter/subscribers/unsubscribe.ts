/** Unsubscribing a subscriber, whatever the way in (one-click, footer link, preference centre). */
import type { Payload } from 'payload'

import type { Subscriber } from '../../payload-types'
import { refreshReport } from '../send/report'
import { recordConsentChange } from './consent'

/** Stops all newsletters to the subscriber; credits the issue whose link was used. */
export async function unsubscribe(
  payload: Payload,
  subscriber: Subscriber,
  via: string,
  issueId?: string,
): Promise<boolean> {
  if (subscriber.status === 'unsubscribed') return false
  let fromIssue: number | undefined
  if (issueId) {
    const issue = await payload.find({
      collection: 'newsletters',
      where: { id: { equals: issueId } },
      limit: 1,
      depth: 0,
      select: { status: true },
    })
    fromIssue = issue.docs[0]?.id
  }
  const now = new Date()
  await recordConsentChange(
    payload,
    subscriber,
    { action: 'unsubscribed', via, detail: fromIssue ? `from issue ${fromIssue}` : undefined },
    {
      status: 'unsubscribed',
      unsubscribedAt: now.toISOString(),
      unsubscribedFrom: fromIssue ?? null,
    },
    now,
  )
  if (fromIssue) await refreshReport(payload, fromIssue)
  return true
}
