/**
 * The daily sign-up job, 09:00 Oslo time: the reminder to everyone with a place at an event (or an
 * office-run course) that starts tomorrow, and the erasure of attendee data EVENT_ATTENDEE_RETENTION_DAYS after an event.
 * Erasure empties the personal fields and keeps status and attendance, so the counts survive.
 * Kept queued by the jobs worker (ensureEventHousekeepingQueued), like the action reminders.
 */
import type { Payload, TaskConfig, Where } from 'payload'

import { fromOsloWallClock, osloParts } from '../../common/oslo'
import { env } from '../env'
import { sendRegistrationEmail } from './mail'
import { courseTarget } from './targets'

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

/** Courses the office runs that take sign-ups here (few: filtered by their sessions in code). */
async function signupCourses(payload: Payload) {
  const found = await payload.find({
    collection: 'courses',
    where: {
      and: [{ runByOffice: { equals: true } }, { 'registration.method': { equals: 'site' } }],
    },
    pagination: false,
    depth: 0,
  })
  return found.docs.map(courseTarget).filter((c) => c.sessions.length > 0)
}

/**
 * Everyone with a place at an event, or a course's first session, starting tomorrow (Oslo), once;
 * not those who signed up today.
 */
export async function sendDayBeforeReminders(payload: Payload, now = new Date()) {
  const [from, to] = [osloMidnight(now, 1).toISOString(), osloMidnight(now, 2).toISOString()]
  const courses = (await signupCourses(payload)).filter(
    (c) => c.startsAt >= from && c.startsAt < to,
  )
  const events = await payload.find({
    collection: 'events',
    where: {
      and: [
        { 'registration.method': { equals: 'site' } },
        { cancelled: { not_equals: true } },
        { startsAt: { greater_than_equal: from } },
        { startsAt: { less_than: to } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  const targets = ofAny(
    events.docs.map((e) => e.id),
    courses.map((c) => c.ref.id),
  )
  if (!targets) return { sent: 0, failed: 0 }
  const regs = await payload.find({
    collection: 'event-registrations',
    where: {
      and: [
        targets,
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

/** Registrations of any of these events or courses; null when there are none. */
function ofAny(events: number[], courses: number[]): Where | null {
  const or: Where[] = [
    ...(events.length ? [{ event: { in: events } }] : []),
    ...(courses.length ? [{ course: { in: courses } }] : []),
  ]
  return or.length ? { or } : null
}

/**
 * Empties the personal fields of registrations for events, and courses (their last session), that
 * ended `days` ago or more.
 */
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
  const courses = (await signupCourses(payload)).filter((c) => (c.endsAt ?? c.startsAt) < cutoff)
  const targets = ofAny(
    events.docs.map((e) => e.id),
    courses.map((c) => c.ref.id),
  )
  if (!targets) return 0
  const result = await payload.update({
    collection: 'event-registrations',
    where: { and: [targets, { erasedAt: { exists: false } }] },
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
