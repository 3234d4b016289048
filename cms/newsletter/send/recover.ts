/**
 * A send whose sender died (SIGKILL, power cut, a crashed worker) leaves the issue `sending` and
 * its job `processing: true` forever: Payload's runner never picks up a processing job again. The
 * issue's lease says whether anyone is still sending (lease.ts); when nobody is, the job is handed
 * back to the queue (or a new one queued) and the send resumes from its batches. Run when the jobs
 * worker starts and every minute after (cms/jobs/worker.ts), and by the admin's resume button.
 */
import type { Payload } from 'payload'

import type { Newsletter } from '../../payload-types'
import { leaseIsLive } from './lease'
import { SEND_NEWSLETTER_TASK } from './task'

type Id = number | string

/** Send jobs for the issue still waiting or running (cancelled and finished ones excluded). */
export async function openSendJobs(payload: Payload, issueId: Id) {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SEND_NEWSLETTER_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 100,
    depth: 0,
    sort: 'waitUntil',
  })
  return jobs.docs.filter(
    (j) => String((j.input as { issueId?: string } | undefined)?.issueId) === String(issueId),
  )
}

/** Gives a stuck send back to the jobs worker: its dead job requeued, or a new job queued. */
export async function resumeStuckSend(
  payload: Payload,
  issueId: Id,
): Promise<'requeued' | 'queued'> {
  const jobs = await openSendJobs(payload, issueId)
  const dead = jobs.filter((j) => j.processing)
  for (const job of dead)
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false, waitUntil: new Date().toISOString() },
      depth: 0,
    })
  if (dead.length) return 'requeued'
  if (!jobs.length)
    await payload.jobs.queue({
      task: SEND_NEWSLETTER_TASK as never,
      input: { issueId: String(issueId) } as never,
    })
  return 'queued'
}

/** Sending, and nobody holds its lease: the sender is gone. */
export const isStuck = (issue: Newsletter, now = new Date()) =>
  issue.status === 'sending' && !leaseIsLive(issue, now)

export async function recoverStuckSends(payload: Payload, now = new Date()): Promise<Id[]> {
  const sending = await payload.find({
    collection: 'newsletters',
    where: { status: { equals: 'sending' } },
    depth: 0,
    pagination: false,
    showHiddenFields: true,
  })
  const resumed: Id[] = []
  for (const issue of sending.docs as Newsletter[]) {
    if (!isStuck(issue, now)) continue
    await resumeStuckSend(payload, issue.id)
    payload.logger.warn({ msg: `Newsletter ${issue.id}: its sender stopped mid-send; resuming` })
    resumed.push(issue.id)
  }
  return resumed
}
