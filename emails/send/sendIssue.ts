/**
 * Sends one issue: status → sending, prepare (once), submit what is not yet submitted, then
 * status → sent (every batch accepted) or failed (resumable: run it again). Safe to run again at
 * any point, after a crash or a kill too: see README.md for the guarantees.
 */
import type { Payload } from 'payload'

import type { Newsletter } from '../../cms/payload-types'
import { buildNewsletterEmails } from './buildEmails'
import { prepareIssue } from './prepare'
import { type IssueReport, refreshReport } from './report'
import { submitBatches } from './submit'
import type { SendSettings } from './types'

export interface SendSummary {
  issueId: string
  status: Newsletter['status']
  /** Nothing to do: the issue had been sent already. */
  alreadySent?: boolean
  dryRun?: boolean
  batches: number
  recipients: number
  report?: IssueReport
  /** Dry run: bytes of each language's HTML and of the first batch's request body. */
  htmlBytes?: Record<string, number>
  firstBatchBytes?: number
}

const setIssue = (payload: Payload, id: string | number, data: Partial<Newsletter>) => payload.update({ collection: 'newsletters', id, data, depth: 0 })

export async function sendIssue(payload: Payload, issueId: string | number, settings: SendSettings, opts: { dryRun?: boolean } = {}): Promise<SendSummary> {
  const issue = (await payload.findByID({ collection: 'newsletters', id: issueId, depth: 0, showHiddenFields: true })) as Newsletter
  if (issue.status === 'sent') {
    return { issueId: String(issue.id), status: 'sent', alreadySent: true, batches: 0, recipients: issue.report?.recipients ?? 0 }
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
      htmlBytes: Object.fromEntries(Object.entries(dry.snapshot.issues).map(([locale, c]) => [locale, c!.htmlBytes])),
      firstBatchBytes: Buffer.byteLength(JSON.stringify(emails)),
    }
  }

  await setIssue(payload, issue.id, { status: 'sending' })
  try {
    const prepared = await prepareIssue(payload, issue, settings)
    settings.onEvent?.({ type: 'prepared', batches: prepared.batches, recipients: prepared.recipients, alreadyPrepared: prepared.alreadyPrepared })
    const result = await submitBatches(payload, issue.id, prepared.snapshot, settings)
    const done = result.failed === 0 && result.notAttempted === 0
    const report = await refreshReport(payload, issue.id, done ? null : (result.lastError ?? 'Some batches were not sent'))
    const status = done ? 'sent' : 'failed'
    await setIssue(payload, issue.id, { status, ...(done && !issue.sentAt ? { sentAt: (settings.now?.() ?? new Date()).toISOString() } : {}) })
    settings.onEvent?.({ type: 'done', status, submitted: result.submitted, failed: result.failed })
    return { issueId: String(issue.id), status, batches: prepared.batches, recipients: prepared.recipients, report }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    await refreshReport(payload, issue.id, message)
    await setIssue(payload, issue.id, { status: 'failed' })
    throw err
  }
}
