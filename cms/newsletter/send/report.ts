/**
 * The issue's report, recounted from the records it summarises (batches, processed webhook
 * events, unsubscribes made through the issue's links) rather than incremented: recounting is
 * idempotent and cannot drift when two webhook deliveries race.
 */
import type { Payload } from 'payload'

import type { Newsletter } from '../../payload-types'

export type IssueReport = Required<Omit<NonNullable<Newsletter['report']>, 'lastError'>> & {
  lastError?: string | null
}

const countEvents = async (payload: Payload, issueId: string | number, type: string) =>
  (
    await payload.count({
      collection: 'webhook-events',
      where: { and: [{ newsletter: { equals: issueId } }, { type: { equals: type } }] },
    })
  ).totalDocs

export async function countReport(
  payload: Payload,
  issueId: string | number,
): Promise<Omit<IssueReport, 'lastError'>> {
  const batches = await payload.find({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: issueId } },
    pagination: false,
    depth: 0,
    select: { status: true, size: true },
  })
  const sum = (status?: string) =>
    batches.docs
      .filter((b) => !status || b.status === status)
      .reduce((n, b) => n + (b.size ?? 0), 0)
  return {
    recipients: sum(),
    // Accepted by Resend: not yet "sent" to anyone (only a delivered webhook says that).
    submitted: sum('submitted'),
    failed: sum('failed'),
    delivered: await countEvents(payload, issueId, 'email.delivered'),
    bounced: await countEvents(payload, issueId, 'email.bounced'),
    complained: await countEvents(payload, issueId, 'email.complained'),
    unsubscribed: (
      await payload.count({
        collection: 'subscribers',
        where: { unsubscribedFrom: { equals: issueId } },
      })
    ).totalDocs,
  }
}

/** Recounts and stores the report; `lastError` given replaces the stored one (null clears it). */
export async function refreshReport(
  payload: Payload,
  issueId: string | number,
  lastError?: string | null,
): Promise<IssueReport> {
  const counts = await countReport(payload, issueId)
  const issue = await payload.findByID({ collection: 'newsletters', id: issueId, depth: 0 })
  const report: IssueReport = {
    ...counts,
    lastError: lastError === undefined ? (issue.report?.lastError ?? null) : lastError,
  }
  // Counts are not on the public site: no rebuild (thousands of delivery webhooks would keep
  // postponing the debounced build otherwise).
  await payload.update({
    collection: 'newsletters',
    id: issueId,
    data: { report },
    depth: 0,
    context: { skipSiteBuild: true },
  })
  return report
}
