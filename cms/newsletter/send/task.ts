/**
 * The Payload job that sends an issue, run by the jobs worker of `npm start` (cms/jobs/worker.ts).
 * "Send now" queues it at once, "Schedule" with waitUntil = the issue's send time. A scheduled job
 * whose issue was rescheduled or taken back to draft since does nothing.
 */
import type { TaskConfig } from 'payload'

import { sendIssue } from './sendIssue'
import { sendSettingsFromEnv } from './settings'

export interface SendNewsletterInput {
  issueId: string
  /** Set by "Schedule": the send time this job was queued for. */
  scheduledFor?: string | null
}

export interface SendNewsletterOutput {
  status: string
  recipients?: number
  skipped?: string
}

export const SEND_NEWSLETTER_TASK = 'sendNewsletter'

export const sendNewsletterTask: TaskConfig<{
  input: SendNewsletterInput
  output: SendNewsletterOutput
}> = {
  slug: SEND_NEWSLETTER_TASK,
  label: 'Send newsletter issue',
  inputSchema: [
    { name: 'issueId', type: 'text', required: true },
    { name: 'scheduledFor', type: 'text' },
  ],
  outputSchema: [
    { name: 'status', type: 'text', required: true },
    { name: 'recipients', type: 'number' },
    { name: 'skipped', type: 'text' },
  ],
  // Retrying is the send's own business (per batch, with the same idempotency keys).
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req
    const issue = await payload.findByID({ collection: 'newsletters', id: input.issueId, depth: 0 })
    if (input.scheduledFor) {
      const stillScheduled =
        issue.status === 'scheduled' &&
        issue.scheduledAt &&
        new Date(issue.scheduledAt).getTime() === new Date(input.scheduledFor).getTime()
      // 'sending': this job started it and its worker died; handed back by recover.ts to finish it.
      if (!stillScheduled && issue.status !== 'sending')
        return {
          output: {
            status: issue.status,
            skipped: 'The issue was rescheduled or unscheduled after this job was queued',
          },
        }
    }
    const summary = await sendIssue(payload, issue.id, sendSettingsFromEnv())
    if (summary.busy)
      return {
        output: { status: summary.status, skipped: `Sent by ${summary.busy.heldBy} right now` },
      }
    return { output: { status: summary.status, recipients: summary.recipients } }
  },
}
