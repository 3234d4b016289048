/**
 * The job that tells every attendee (place or waiting list) of an event that it was cancelled or
 * moved, with the updated calendar file. Its idempotency keys name the change's moment, so a
 * retried job sends nobody the same notice twice, and a second move sends a second notice.
 */
import type { Payload, TaskConfig } from 'payload'

import { sendRegistrationEmail } from './mail'

export const EVENT_NOTICE_TASK = 'eventAttendeeNotice'

export async function noticeAttendees(
  payload: Payload,
  eventId: number,
  change: 'cancelled' | 'moved',
  occasion: string,
): Promise<{ sent: number; failed: number }> {
  const regs = await payload.find({
    collection: 'event-registrations',
    where: {
      and: [{ event: { equals: eventId } }, { status: { in: ['confirmed', 'waitlisted'] } }],
    },
    pagination: false,
    depth: 0,
  })
  let sent = 0
  let failed = 0
  for (const reg of regs.docs) {
    const ok = await sendRegistrationEmail(payload, reg, `event-${change}`, {
      occasion: occasion.replace(/\D/g, ''),
    })
    if (ok) sent++
    else failed++
  }
  return { sent, failed }
}

export const eventNoticeTask: TaskConfig<{
  input: { event: number; change: 'cancelled' | 'moved'; occasion: string }
  output: { sent: number }
}> = {
  slug: EVENT_NOTICE_TASK,
  label: 'Melding til deltakarar om endra arrangement / Notice to attendees of a changed event',
  inputSchema: [
    { name: 'event', type: 'number', required: true },
    { name: 'change', type: 'text', required: true },
    { name: 'occasion', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const { sent, failed } = await noticeAttendees(
      req.payload,
      input.event,
      input.change,
      input.occasion,
    )
    if (failed) throw new Error(`${failed} attendee notice(s) not sent: retrying`)
    return { output: { sent } }
  },
}
