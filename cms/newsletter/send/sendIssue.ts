/**
 * Sends one issue: claim it (status → sending, lease.ts), prepare (once), submit what is not yet
 * submitted, then status → sent (every batch accepted) or failed (resumable: run it again). Safe
 * to run again at any point, after a crash or a kill too, and to run twice at once: the second
 * sender finds the issue claimed and leaves it alone. See README.md for the guarantees.
 */
import type { Payload } from 'payload'

import type { Newsletter } from '../../payload-types'
import { buildNewsletterEmails } from '../../../emails/send/buildEmails'
import { claimIssue, LeaseLostError, newLeaseOwner, releaseIssue, renewLease } from './lease'
import { prepareIssue } from './prepare'
import { type IssueReport, refreshReport } from './report'
import { submitBatches } from './submit'
import type { SendSettings } from '../../../emails/send/types'

export interface SendSummary {
  issueId: string
  status: Newsletter['status']
  /** Nothing to do: the issue had been sent already. */
  alreadySent?: boolean
  /** Nothing done: another sender holds the issue (it is sending it right now). */
  busy?: { heldBy: string; until: string }
  dryRun?: boolean
  batches: number
  recipients: number
  report?: IssueReport
  /** Dry run: bytes of each language's HTML and of the first batch's request body. */
  htmlBytes?: Record<string, number>
  firstBatchBytes?: number
}

export async function sendIssue(
  payload: Payload,
  issueId: string | number,
  settings: SendSettings,
  opts: { dryRun?: boolean } = {},
): Promise<SendSummary> {
  const issue = (await payload.findByID({
    collection: 'newsletters',
    id: issueId,
    depth: 0,
    showHiddenFields: true,
  })) as Newsletter
  if (issue.status === 'sent') {
    return {
      issueId: String(issue.id),
      status: 'sent',
      alreadySent: true,
      batches: 0,
      recipients: issue.report?.recipients ?? 0,
    }
  }

  if (opts.dryRun) {
    const dry = await prepareIssue(payload, issue, settings, { dryRun: true })
    const first = dry.recipientList?.slice(0, 100) ?? []
    const emails = buildNewsletterEmails(String(issue.id), dry.snapshot, first, settings.linkSecret)
    return {
      issueId: String(issue.id),
      status: issue.status,
      dryRun: true,
      batches: dry.batches,
      recipients: dry.recipients,
      htmlBytes: Object.fromEntries(
        Object.entries(dry.snapshot.issues).map(([locale, c]) => [locale, c!.htmlBytes]),
      ),
      firstBatchBytes: Buffer.byteLength(JSON.stringify(emails)),
    }
  }

  const owner = newLeaseOwner()
  const claim = await claimIssue(payload, issue.id, owner, settings.leaseMs, now(settings))
  if (!claim.ok) {
    settings.onEvent?.({ type: 'busy', heldBy: claim.heldBy, until: claim.until })
    return {
      issueId: String(issue.id),
      status: 'sending',
      busy: { heldBy: claim.heldBy, until: claim.until },
      batches: 0,
      recipients: issue.report?.recipients ?? 0,
    }
  }
  // Renewed before each request once half of it is used up: a write every half lease, not every batch.
  let leaseUntil = now(settings).getTime() + settings.leaseMs
  const keepLease = async () => {
    const at = now(settings)
    if (leaseUntil - at.getTime() > settings.leaseMs / 2) return
    await renewLease(payload, issue.id, owner, settings.leaseMs, at)
    leaseUntil = at.getTime() + settings.leaseMs
  }

  try {
    const prepared = await prepareIssue(payload, issue, settings)
    settings.onEvent?.({
      type: 'prepared',
      batches: prepared.batches,
      recipients: prepared.recipients,
      alreadyPrepared: prepared.alreadyPrepared,
    })
    const result = await submitBatches(payload, issue.id, prepared.snapshot, settings, keepLease)
    const done = result.failed === 0 && result.notAttempted === 0 && result.uncertain === 0
    const report = await refreshReport(
      payload,
      issue.id,
      done ? null : (result.lastError ?? 'Some batches were not sent'),
    )
    const status = done ? 'sent' : 'failed'
    await releaseIssue(payload, issue.id, owner, {
      status,
      ...(done && !issue.sentAt ? { sentAt: now(settings).toISOString() } : {}),
    })
    settings.onEvent?.({ type: 'done', status, submitted: result.submitted, failed: result.failed })
    return {
      issueId: String(issue.id),
      status,
      batches: prepared.batches,
      recipients: prepared.recipients,
      report,
    }
  } catch (err) {
    // Another sender has the issue now: it is theirs to finish, not ours to mark failed.
    if (err instanceof LeaseLostError) throw err
    const message = err instanceof Error ? err.message : String(err)
    await refreshReport(payload, issue.id, message)
    await releaseIssue(payload, issue.id, owner, { status: 'failed' })
    throw err
  }
}

const now = (settings: SendSettings) => settings.now?.() ?? new Date()
