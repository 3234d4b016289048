/**
 * Submits an issue's prepared batches, in order, at the configured rate. Each batch's state is
 * written before every call (submitting, attempt n) and after the answer (submitted / failed).
 * A batch found 'submitting' was interrupted mid-call: it is sent again with the SAME key and the
 * SAME recipients, so the provider answers from its idempotency store instead of sending twice.
 */
import type { Payload } from 'payload'

import type { NewsletterBatch } from '../../cms/payload-types'
import { buildNewsletterEmails } from './buildEmails'
import type { SendOutcome } from './messenger'
import { backoffMs, Pacer } from './pacing'
import { stillConfirmed } from './recipients'
import type { Recipient, SendSettings, SendSnapshot } from './types'

/** Waiting out 429s is normal; this many for one batch means something else is wrong. */
const MAX_RATE_LIMITED = 100

export interface SubmitResult {
  submitted: number
  failed: number
  /** Batches not attempted because the run stopped early. */
  notAttempted: number
  lastError?: string
}

async function batchesOf(payload: Payload, issueId: string | number): Promise<NewsletterBatch[]> {
  const found = await payload.find({ collection: 'newsletter-batches', where: { newsletter: { equals: issueId } }, sort: 'index', pagination: false, depth: 0 })
  return found.docs
}

const save = (payload: Payload, id: number | string, data: Partial<NewsletterBatch>) =>
  payload.update({ collection: 'newsletter-batches', id, data, depth: 0 })

export async function submitBatches(payload: Payload, issueId: string | number, snapshot: SendSnapshot, settings: SendSettings): Promise<SubmitResult> {
  const pacer = new Pacer(settings.ratePerSecond)
  const result: SubmitResult = { submitted: 0, failed: 0, notAttempted: 0 }
  let failedInARow = 0

  for (const batch of await batchesOf(payload, issueId)) {
    if (batch.status === 'submitted') {
      result.submitted++
      continue
    }
    if (failedInARow >= settings.stopAfterFailedBatches) {
      result.notAttempted++
      continue
    }

    // The recipient list is fixed the first time a batch is submitted: until then, people who
    // unsubscribed or bounced since prepare are dropped; after, the body must not change.
    let recipients = batch.recipients as Recipient[]
    if (batch.status === 'pending') recipients = await stillConfirmed(payload, recipients)
    if (recipients.length === 0) {
      await save(payload, batch.id, { status: 'submitted', recipients, size: 0, submittedAt: new Date().toISOString(), resendIds: [] })
      result.submitted++
      continue
    }
    const emails = buildNewsletterEmails(String(issueId), snapshot, recipients, settings.linkSecret)

    let attempts = batch.attempts ?? 0
    let retries = 0
    let rateLimited = 0
    let outcome: SendOutcome
    for (;;) {
      await pacer.wait()
      attempts++
      await save(payload, batch.id, { status: 'submitting', attempts, recipients, size: recipients.length })
      settings.onEvent?.({ type: 'batch-submitting', index: batch.index, attempt: attempts, size: recipients.length })
      outcome = await settings.messenger.sendBatch(emails, { idempotencyKey: batch.idempotencyKey, timeoutMs: settings.requestTimeoutMs })
      if (outcome.ok) break
      if (outcome.retry === 'after' && ++rateLimited <= MAX_RATE_LIMITED) {
        pacer.pause(outcome.afterMs)
        settings.onEvent?.({ type: 'waiting', index: batch.index, ms: outcome.afterMs, reason: outcome.message })
        continue
      }
      if (outcome.retry === 'backoff' && retries < settings.maxRetries) {
        const ms = backoffMs(retries++, settings.retryBaseMs)
        pacer.pause(ms)
        settings.onEvent?.({ type: 'waiting', index: batch.index, ms, reason: outcome.message })
        continue
      }
      break
    }

    if (outcome.ok) {
      await save(payload, batch.id, { status: 'submitted', resendIds: outcome.ids, submittedAt: new Date().toISOString(), lastError: null })
      settings.onEvent?.({ type: 'batch-submitted', index: batch.index, size: recipients.length })
      result.submitted++
      failedInARow = 0
    } else {
      await save(payload, batch.id, { status: 'failed', lastError: outcome.message })
      settings.onEvent?.({ type: 'batch-failed', index: batch.index, message: outcome.message })
      result.failed++
      result.lastError = `Batch ${batch.index}: ${outcome.message}`
      failedInARow++
    }
  }
  if (result.notAttempted) result.lastError = `${result.lastError}; stopped after ${failedInARow} batches in a row failed, ${result.notAttempted} not attempted: send again to resume`
  return result
}
