/**
 * Submits an issue's prepared batches, in order, at the configured rate. Each batch's state is
 * written before every call (submitting, attempt n) and after the answer (submitted / failed).
 * A batch found 'submitting' was interrupted mid-call: it is sent again with the SAME key and the
 * SAME recipients, so the provider answers from its idempotency store instead of sending twice,
 * unless its key is older than the provider keeps keys: then it waits for the editor (uncertain).
 * An address the provider refuses (422) is suppressed and the rest of its batch sent under a
 * derived key: nothing was sent under the refused request, and one bad address must not cost 99.
 */
import type { Payload } from 'payload'

import type { NewsletterBatch } from '../../payload-types'
import { buildNewsletterEmails } from '../../../emails/send/buildEmails'
import type { SendOutcome } from '../../../emails/send/messenger'
import { backoffMs, Pacer } from '../../../emails/send/pacing'
import { inTransaction } from '../../transaction'
import { suppressRefused } from '../subscribers/consent'
import { stillConfirmed } from './recipients'
import type { Recipient, SendSettings, SendSnapshot } from '../../../emails/send/types'

/** Waiting out 429s is normal; this many for one batch means something else is wrong. */
const MAX_RATE_LIMITED = 100

export interface SubmitResult {
  submitted: number
  failed: number
  /** Batches not attempted because the run stopped early. */
  notAttempted: number
  /** Batches that may have been sent longer ago than the key window: the editor decides. */
  uncertain: number
  lastError?: string
}

export interface RefusedRecipient {
  id: string
  email: string
  reason: string
}

async function batchesOf(payload: Payload, issueId: string | number): Promise<NewsletterBatch[]> {
  const found = await payload.find({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: issueId } },
    sort: 'index',
    pagination: false,
    depth: 0,
  })
  return found.docs
}

const save = (payload: Payload, id: number | string, data: Partial<NewsletterBatch>) =>
  payload.update({ collection: 'newsletter-batches', id, data, depth: 0 })

/** The key of a batch re-cut after `refusedCount` addresses were taken out of it. */
export const recutKey = (key: string, refusedCount: number) =>
  `${key.replace(/-cut\d+$/, '')}-cut${refusedCount}`

/** Interrupted mid-call, or an attempt got no clear answer: Resend may have sent it. */
export const maybeSent = (b: Pick<NewsletterBatch, 'status' | 'maybeSent'>) =>
  b.status === 'submitting' || (b.status === 'failed' && Boolean(b.maybeSent))

/** Its key may be forgotten by now: a re-send would not be de-duplicated. */
export const pastKeyWindow = (
  b: Pick<NewsletterBatch, 'firstAttemptAt'>,
  now: Date,
  windowMs: number,
) => Boolean(b.firstAttemptAt) && now.getTime() - new Date(b.firstAttemptAt!).getTime() > windowMs

interface BatchRun {
  outcome: SendOutcome
  size: number
}

/**
 * One batch to an answer: paced, retried, and re-cut when the provider refuses addresses in it.
 * `beforeRequest` runs before each attempt (the sender renews its lease there).
 */
async function submitBatch(
  payload: Payload,
  issueId: string | number,
  batch: NewsletterBatch,
  snapshot: SendSnapshot,
  settings: SendSettings,
  pacer: Pacer,
  beforeRequest: () => Promise<void>,
): Promise<BatchRun> {
  const now = () => settings.now?.() ?? new Date()
  // The recipient list is fixed the first time a batch is submitted: until then, people who
  // unsubscribed or bounced since prepare are dropped; after, the body must not change.
  let recipients = batch.recipients as Recipient[]
  if (batch.status === 'pending') recipients = await stillConfirmed(payload, recipients)
  let key = batch.idempotencyKey
  let refused = (batch.refused as RefusedRecipient[] | null) ?? []
  let firstAttemptAt = batch.firstAttemptAt ?? null
  let unclear = Boolean(batch.maybeSent)
  let attempts = batch.attempts ?? 0

  for (;;) {
    if (recipients.length === 0) {
      await save(payload, batch.id, {
        status: 'submitted',
        recipients,
        size: 0,
        submittedAt: now().toISOString(),
        resendIds: [],
      })
      return { outcome: { ok: true, ids: [] }, size: 0 }
    }
    const emails = buildNewsletterEmails(
      String(issueId),
      snapshot,
      recipients,
      settings.linkSecret,
      { production: settings.production },
    )
    let retries = 0
    let rateLimited = 0
    let outcome: SendOutcome
    for (;;) {
      await beforeRequest()
      attempts++
      firstAttemptAt ??= now().toISOString()
      await save(payload, batch.id, {
        status: 'submitting',
        attempts,
        recipients,
        size: recipients.length,
        idempotencyKey: key,
        firstAttemptAt,
        maybeSent: unclear,
      })
      settings.onEvent?.({
        type: 'batch-submitting',
        index: batch.index,
        attempt: attempts,
        size: recipients.length,
      })
      // The pacer must hear that the answer is in (pacing.ts); the adapter tells it as soon as the
      // answer's headers arrive, and this makes sure it hears it at the latest now.
      let answered: (() => void) | undefined
      try {
        outcome = await settings.messenger.sendBatch(emails, {
          idempotencyKey: key,
          timeoutMs: settings.requestTimeoutMs,
          pace: async () => (answered = await pacer.wait()),
        })
      } finally {
        answered?.()
      }
      if (outcome.ok) break
      if (outcome.retry === 'after' && ++rateLimited <= MAX_RATE_LIMITED) {
        pacer.pause(outcome.afterMs)
        settings.onEvent?.({
          type: 'waiting',
          index: batch.index,
          ms: outcome.afterMs,
          reason: outcome.message,
        })
        continue
      }
      if (outcome.retry === 'backoff') unclear = true
      if (outcome.retry === 'backoff' && retries < settings.maxRetries) {
        const ms = backoffMs(retries++, settings.retryBaseMs)
        pacer.pause(ms)
        settings.onEvent?.({ type: 'waiting', index: batch.index, ms, reason: outcome.message })
        continue
      }
      break
    }
    if (outcome.ok || outcome.retry !== 'never' || !outcome.refused?.length)
      return { outcome, size: recipients.length }

    // Refused: nothing of this request was sent (all or none), so the rest go under a new key.
    const reason = outcome.message
    const bad = outcome.refused.map((i) => recipients[i])
    recipients = recipients.filter((r) => !bad.includes(r))
    refused = [...refused, ...bad.map((r) => ({ id: r.id, email: r.email, reason }))]
    key = recutKey(batch.idempotencyKey, refused.length)
    firstAttemptAt = null
    unclear = false
    await inTransaction(payload, async (req) => {
      for (const r of bad) await suppressRefused(payload, r.id, reason, req)
      await payload.update({
        collection: 'newsletter-batches',
        id: batch.id,
        data: {
          status: 'pending',
          recipients,
          size: recipients.length,
          idempotencyKey: key,
          refused,
          firstAttemptAt: null,
          maybeSent: false,
        },
        depth: 0,
        req,
      })
    })
    settings.onEvent?.({
      type: 'refused',
      index: batch.index,
      emails: bad.map((r) => r.email),
      reason,
    })
  }
}

export async function submitBatches(
  payload: Payload,
  issueId: string | number,
  snapshot: SendSnapshot,
  settings: SendSettings,
  beforeRequest: () => Promise<void> = async () => {},
): Promise<SubmitResult> {
  const pacer = new Pacer(settings.ratePerSecond)
  const result: SubmitResult = { submitted: 0, failed: 0, notAttempted: 0, uncertain: 0 }
  let failedInARow = 0
  let uncertainEmails = 0

  for (const batch of await batchesOf(payload, issueId)) {
    if (batch.status === 'submitted') {
      result.submitted++
      continue
    }
    if (batch.status === 'uncertain') {
      result.uncertain++
      uncertainEmails += batch.size ?? 0
      continue
    }
    if (failedInARow >= settings.stopAfterFailedBatches) {
      result.notAttempted++
      continue
    }
    if (
      maybeSent(batch) &&
      pastKeyWindow(batch, settings.now?.() ?? new Date(), settings.keyWindowMs)
    ) {
      await save(payload, batch.id, {
        status: 'uncertain',
        lastError: `Maybe sent at ${batch.firstAttemptAt}, longer ago than the provider keeps its key: sending again could deliver twice`,
      })
      settings.onEvent?.({ type: 'uncertain', index: batch.index, size: batch.size ?? 0 })
      result.uncertain++
      uncertainEmails += batch.size ?? 0
      continue
    }

    const { outcome, size } = await submitBatch(
      payload,
      issueId,
      batch,
      snapshot,
      settings,
      pacer,
      beforeRequest,
    )
    if (outcome.ok) {
      await save(payload, batch.id, {
        status: 'submitted',
        resendIds: outcome.ids,
        submittedAt: (settings.now?.() ?? new Date()).toISOString(),
        lastError: null,
      })
      settings.onEvent?.({ type: 'batch-submitted', index: batch.index, size })
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
  if (result.notAttempted)
    result.lastError = `${result.lastError}; stopped after ${failedInARow} batches in a row failed, ${result.notAttempted} not attempted: send again to resume`
  if (result.uncertain) {
    const note = `${result.uncertain} batches (${uncertainEmails} emails) may have been sent more than ${Math.round(settings.keyWindowMs / 3_600_000)} hours ago, and Resend no longer remembers them: decide in the admin whether to send those again or count them as sent`
    result.lastError = result.lastError ? `${result.lastError}; ${note}` : note
  }
  return result
}
