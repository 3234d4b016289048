/**
 * Schedule, send now, unschedule, and progress. Sending always goes through the jobs queue (the
 * `sendNewsletter` task, run by the jobs worker of `npm start`): "send now" is a schedule for now.
 * Before queuing, the issue is compiled once so a template error or an oversized issue is told to
 * the editor now, not at 6 in the morning.
 */
import type { Payload, PayloadRequest } from 'payload'

import { loadIssueContent } from '../../../newsletter/content'
import { LOCALES } from '../../../../common/locales'
import { compileIssue, IssueTooLargeError } from '../../../../emails/render'
import { TemplateError } from '../../../../emails/compile'
import { decideUncertain } from '../../../newsletter/send/decide'
import { leaseIsLive } from '../../../newsletter/send/lease'
import { isStuck, openSendJobs, resumeStuckSend } from '../../../newsletter/send/recover'
import { SEND_NEWSLETTER_TASK } from '../../../newsletter/send/task'
import { env } from '../../../env'
import { SCHEDULING_CONTEXT } from '../hooks/unscheduleOnTimeChange'
import type { Newsletter } from '../../../payload-types'
import { AdminError, editable, editorAction, jsonBody } from './common'
import type { SendProgress } from './types'
import { issueWarnings, lastSendJobError } from './warnings'

async function checkSendable(payload: Payload, issue: Newsletter) {
  const config = env()
  if (!config.newsletter.resendApiKey && !config.newsletter.resendBaseUrl) {
    throw new AdminError(
      503,
      'RESEND_API_KEY is not set: nothing can be sent. Set it in .env (or run `npm start`, which starts the fake Resend).',
    )
  }
  try {
    for (const locale of LOCALES)
      await compileIssue(
        await loadIssueContent(payload, issue.id, locale, { siteUrl: config.siteUrl }),
      )
  } catch (err) {
    if (err instanceof IssueTooLargeError || err instanceof TemplateError)
      throw new AdminError(422, err.message)
    throw err
  }
}

/** A rescheduled or unscheduled issue's waiting job is cancelled (it would skip itself anyway). */
async function cancelWaitingJobs(payload: Payload, issueId: number | string) {
  for (const job of await openSendJobs(payload, issueId))
    if (!job.processing) await payload.jobs.cancelByID({ id: job.id })
}

async function queueSend(req: PayloadRequest, issue: Newsletter, when: Date) {
  const scheduledFor = when.toISOString()
  await cancelWaitingJobs(req.payload, issue.id)
  await req.payload.jobs.queue({
    task: SEND_NEWSLETTER_TASK as never,
    input: { issueId: String(issue.id), scheduledFor } as never,
    waitUntil: when,
  })
  await req.payload.update({
    collection: 'newsletters',
    id: issue.id,
    data: { status: 'scheduled', scheduledAt: scheduledFor, scheduledAt_tz: 'Europe/Oslo' },
    depth: 0,
    context: { [SCHEDULING_CONTEXT]: true },
  })
  return { status: 'scheduled', scheduledAt: scheduledFor }
}

export const scheduleEndpoint = {
  path: '/:id/schedule',
  method: 'post' as const,
  handler: editorAction(async (req, issue) => {
    if (!editable(issue))
      throw new AdminError(
        409,
        `The issue is ${issue.status}: only drafts and scheduled issues can be scheduled.`,
      )
    const body = await jsonBody(req)
    const given = typeof body.scheduledAt === 'string' ? body.scheduledAt : issue.scheduledAt
    const when = given ? new Date(given) : null
    if (!when || Number.isNaN(when.getTime()))
      throw new AdminError(
        400,
        'Set "Send at" to the time the issue should go out, save, then schedule.',
      )
    if (when.getTime() < Date.now() - 60_000)
      throw new AdminError(
        400,
        'That time has passed: choose a time in the future, or use "Send now".',
      )
    await checkSendable(req.payload, issue)
    return queueSend(req, issue, when)
  }),
}

export const sendNowEndpoint = {
  path: '/:id/send-now',
  method: 'post' as const,
  handler: editorAction(async (req, issue) => {
    if (issue.status === 'sending') return resumeSending(req, issue)
    // A failed send resumes where it stopped: the prepared batches and their keys are reused.
    if (!editable(issue) && issue.status !== 'failed')
      throw new AdminError(409, `The issue is ${issue.status} already.`)
    if (issue.status !== 'failed') await checkSendable(req.payload, issue)
    return queueSend(req, issue, new Date())
  }),
}

/** With the hidden lease fields, which the editor's request does not read. */
const withLease = (req: PayloadRequest, issue: Newsletter) =>
  req.payload.findByID({
    collection: 'newsletters',
    id: issue.id,
    depth: 0,
    showHiddenFields: true,
  }) as Promise<Newsletter>

/**
 * "Hald fram med sendinga": a send whose sender stopped (killed, crashed) is handed back to the
 * jobs worker, which carries on from the batches not yet accepted. A send still running is left.
 */
async function resumeSending(req: PayloadRequest, issue: Newsletter) {
  const full = await withLease(req, issue)
  if (!isStuck(full))
    throw new AdminError(
      409,
      `The issue is being sent right now (until ${full.sendLeaseUntil ?? 'soon'} unless it reports back); the progress below follows it.`,
    )
  const how = await resumeStuckSend(req.payload, issue.id)
  return { status: 'sending', resumed: how }
}

export const resumeEndpoint = {
  path: '/:id/resume',
  method: 'post' as const,
  handler: editorAction(async (req, issue) => {
    if (issue.status === 'sending') return resumeSending(req, issue)
    if (issue.status === 'failed') return queueSend(req, issue, new Date())
    throw new AdminError(409, `The issue is ${issue.status}: there is no send to resume.`)
  }),
}

/** The editor's decision on batches maybe sent longer ago than Resend keeps keys; then resumes. */
export const decideUncertainEndpoint = {
  path: '/:id/uncertain',
  method: 'post' as const,
  handler: editorAction(async (req, issue) => {
    const { decision } = await jsonBody(req)
    if (decision !== 'resend' && decision !== 'sent')
      throw new AdminError(400, 'Say "resend" (send those again) or "sent" (count them as sent).')
    if (issue.status === 'sending' && !isStuck(await withLease(req, issue)))
      throw new AdminError(409, 'The issue is being sent right now: decide when it has stopped.')
    const batches = await decideUncertain(
      req.payload,
      issue.id,
      decision,
      String(req.user?.email ?? req.user?.id),
    )
    if (!batches) throw new AdminError(409, 'No batches wait for a decision.')
    await queueSend(req, issue, new Date())
    return { decided: batches, decision }
  }),
}

export const unscheduleEndpoint = {
  path: '/:id/unschedule',
  method: 'post' as const,
  handler: editorAction(async (req, issue) => {
    if (issue.status !== 'scheduled')
      throw new AdminError(409, `The issue is ${issue.status}, not scheduled.`)
    await cancelWaitingJobs(req.payload, issue.id)
    // Were the job already picked up, it would find the issue no longer scheduled and do nothing.
    await req.payload.update({
      collection: 'newsletters',
      id: issue.id,
      data: { status: 'draft' },
      depth: 0,
    })
    return { status: 'draft' }
  }),
}

/** Where a send stands: batches by state, the report, and the queued job if any. */
export async function sendProgress(payload: Payload, issue: Newsletter): Promise<SendProgress> {
  const batches = await payload.find({
    collection: 'newsletter-batches',
    where: { newsletter: { equals: issue.id } },
    pagination: false,
    depth: 0,
    select: { status: true, size: true, refused: true },
  })
  const count = { pending: 0, submitting: 0, submitted: 0, failed: 0, uncertain: 0 }
  let refused = 0
  for (const b of batches.docs) {
    count[b.status as keyof typeof count] += b.size ?? 0
    refused += Array.isArray(b.refused) ? b.refused.length : 0
  }
  const job = (await openSendJobs(payload, issue.id))[0]
  const full = (await payload.findByID({
    collection: 'newsletters',
    id: issue.id,
    depth: 0,
    showHiddenFields: true,
  })) as Newsletter
  return {
    status: issue.status,
    scheduledAt: issue.scheduledAt ?? null,
    sentAt: issue.sentAt ?? null,
    stuck: isStuck(full),
    sendingUntil: leaseIsLive(full) ? (full.sendLeaseUntil ?? null) : null,
    refused,
    recipients: {
      ...count,
      total: count.pending + count.submitting + count.submitted + count.failed + count.uncertain,
    },
    batches: batches.docs.length,
    report: (issue.report as Record<string, unknown> | null | undefined) ?? null,
    job: job
      ? {
          state: job.processing ? 'running' : 'queued',
          waitUntil: job.waitUntil ?? null,
          hasError: Boolean(job.hasError),
        }
      : null,
    warnings: await issueWarnings(payload, issue),
    jobError: await lastSendJobError(payload, issue),
  }
}

export const progressEndpoint = {
  path: '/:id/progress',
  method: 'get' as const,
  handler: editorAction((req, issue) => sendProgress(req.payload, issue)),
}
