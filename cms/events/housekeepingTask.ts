/**
 * The daily sign-up job, 09:00 Oslo time: the reminder to everyone with a place at an event that
 * starts tomorrow, and the erasure of attendee data EVENT_ATTENDEE_RETENTION_DAYS after an event.
 * Erasure empties the personal fields and keeps status and attendance, so the counts survive.
 * Kept queued by the jobs worker (ensureEventHousekeepingQueued), like the action reminders.
 */
import type { Payload, TaskConfig } from 'payload'

import { fromOsloWallClock, osloParts } from '../../common/oslo'
import { env } from '../env'
import { sendRegistrationEmail } from './mail'

export const EVENT_HOUSEKEEPING_TASK = 'eventSignupHousekeeping'
const HOUR = 9

/** Midnight (Oslo) starting the day `days` after the one `now` is in. */
function osloMidnight(now: Date, days: number): Date {
  const p = osloParts(now)
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days))
  return fromOsloWallClock(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, 0)
}

export function nextHousekeepingTime(now: Date): Date {
  for (const days of [0, 1]) {
    const day = osloMidnight(now, days)
    const p = osloParts(day)
    const at = fromOsloWallClock(p.year, p.month, p.day, HOUR, 0)
    if (at > now) return at
  }
  throw new Error('unreachable: 09:00 comes within two days')
}

/** Everyone with a place at an event starting tomorrow (Oslo), once; not those who signed up today. */
export async function sendDayBeforeReminders(payload: Payload, now = new Date()) {
  const events = await payload.find({
    collection: 'events',
    where: {
      and: [
        { 'registration.method': { equals: 'site' } },
        { cancelled: { not_equals: true } },
        { startsAt: { greater_than_equal: osloMidnight(now, 1).toISOString() } },
        { startsAt: { less_than: osloMidnight(now, 2).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  if (!events.docs.length) return { sent: 0, failed: 0 }
  const regs = await payload.find({
    collection: 'event-registrations',
    where: {
      and: [
        { event: { in: events.docs.map((e) => e.id) } },
        { status: { equals: 'confirmed' } },
        { reminderSentAt: { exists: false } },
        { createdAt: { less_than: osloMidnight(now, 0).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  let sent = 0
  let failed = 0
  for (const reg of regs.docs) {
    if (await sendRegistrationEmail(payload, reg, 'reminder')) {
      await payload.update({
        collection: 'event-registrations',
        id: reg.id,
        data: { reminderSentAt: now.toISOString() },
        depth: 0,
        context: { promotionHandled: true },
      })
      sent++
    } else failed++
  }
  return { sent, failed }
}

/** Empties the personal fields of registrations for events that ended `days` ago or more. */
export async function eraseOldAttendeeData(
  payload: Payload,
  now = new Date(),
  days = env().eventAttendeeRetentionDays,
) {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  const events = await payload.find({
    collection: 'events',
    where: {
      or: [
        { endsAt: { less_than: cutoff } },
        { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: cutoff } }] },
      ],
    },
    pagination: false,
    depth: 0,
  })
  if (!events.docs.length) return 0
  const result = await payload.update({
    collection: 'event-registrations',
    where: {
      and: [{ event: { in: events.docs.map((e) => e.id) } }, { erasedAt: { exists: false } }],
    },
    data: {
      name: null,
      email: null,
      orgNumber: null,
      phone: null,
      dietary: null,
      accessibility: null,
      message: null,
      erasedAt: now.toISOString(),
    },
    depth: 0,
    context: { promotionHandled: true },
  })
  return result.docs.length
}

export async function ensureEventHousekeepingQueued(payload: Payload, now = new Date()) {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: EVENT_HOUSEKEEPING_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  if (waiting.docs.length) return null
  return payload.jobs.queue({
    task: EVENT_HOUSEKEEPING_TASK,
    input: {},
    queue: 'reminders',
    waitUntil: nextHousekeepingTime(now),
  })
}

export const eventHousekeepingTask: TaskConfig<{
  input: Record<string, never>
  output: { reminded: number; erased: number }
}> = {
  slug: EVENT_HOUSEKEEPING_TASK,
  label: 'Påminning og sletting for påmelde / Attendee reminders and erasure',
  outputSchema: [
    { name: 'reminded', type: 'number', required: true },
    { name: 'erased', type: 'number', required: true },
  ],
  retries: 3,
  handler: async ({ req }) => {
    const erased = await eraseOldAttendeeData(req.payload)
    const { sent, failed } = await sendDayBeforeReminders(req.payload)
    if (failed) throw new Error(`${failed} reminder(s) not sent: retrying`)
    return { output: { reminded: sent, erased } }
  },
}
