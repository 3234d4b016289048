/**
 * The weekly reminder job: Monday 07:00 Oslo time, each action owner gets one email
 * listing their open actions that are overdue or due this week (actionReminders.ts), sent through
 * the newsletter's messenger (Resend, or the fake one in development). The idempotency key is per
 * person and week, so a retried or doubled run sends nobody the reminder twice.
 *
 * The jobs worker keeps one run queued for the next Monday (ensureActionRemindersQueued), rather
 * than Payload's `schedule`, which needs a statistics table of its own.
 */
import type { Payload, TaskConfig } from 'payload'

import { fromOsloWallClock, osloParts } from '../../common/oslo'
import type { SendSettings } from '../../emails/send/types'
import { sendSettingsFromEnv } from '../newsletter/send/settings'
import { actionReminderEmail } from './actionReminderEmail'
import { actionReminders, type StaffMember } from './actionReminders'
import type { AdvisorBusiness } from './advisorDashboard'

export const ACTION_REMINDERS_TASK = 'weeklyActionReminders'
export const ACTION_REMINDERS_QUEUE = 'reminders'

/** The Monday (Oslo) of the week `now` is in: the same for every run that week. */
export function osloWeekKey(now: Date): string {
  const p = osloParts(now)
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day))
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day.toISOString().slice(0, 10)
}

const REMINDER_HOUR = '07:00'

/** The next Monday 07:00 Oslo time after `now`. */
export function nextReminderTime(now: Date): Date {
  const p = osloParts(now)
  const today = new Date(Date.UTC(p.year, p.month - 1, p.day))
  const daysToMonday = (8 - today.getUTCDay()) % 7
  for (const days of [daysToMonday, daysToMonday + 7]) {
    const day = new Date(today.getTime() + days * 86_400_000)
    const [hour, minute] = REMINDER_HOUR.split(':').map(Number)
    const at = fromOsloWallClock(
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      hour,
      minute,
    )
    if (at.getTime() > now.getTime()) return at
  }
  throw new Error('unreachable: a Monday 07:00 lies within the next fourteen days')
}

/** Queues next Monday's run unless one is already waiting. Called on every pass of the worker. */
export async function ensureActionRemindersQueued(payload: Payload, now = new Date()) {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: ACTION_REMINDERS_TASK } },
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
    task: ACTION_REMINDERS_TASK,
    input: {},
    queue: ACTION_REMINDERS_QUEUE,
    waitUntil: nextReminderTime(now),
  })
}

export async function sendActionReminders(
  payload: Payload,
  settings: SendSettings,
  now = new Date(),
): Promise<{ sent: string[]; failed: string[] }> {
  const [businesses, staff] = await Promise.all([
    payload.find({
      collection: 'businesses',
      pagination: false,
      depth: 0,
      select: { name: true, registerStatus: true, contactPerson: true, developmentPlan: true },
    }),
    payload.find({
      collection: 'users',
      pagination: false,
      depth: 0,
      where: { roles: { in: ['admin', 'advisor', 'editor'] } },
      select: { name: true, email: true },
    }),
  ])
  const adminUrl = `${settings.serverUrl}${payload.config.routes.admin}`
  const week = osloWeekKey(now)
  const sent: string[] = []
  const failed: string[] = []
  const reminders = actionReminders(
    businesses.docs as AdvisorBusiness[],
    staff.docs as StaffMember[],
    now,
  )
  for (const reminder of reminders) {
    const outcome = await settings.messenger.sendOne(
      {
        from: settings.from,
        to: reminder.to.email,
        ...actionReminderEmail(reminder, adminUrl),
        tags: [{ name: 'kind', value: 'action-reminder' }],
      },
      {
        idempotencyKey: `action-reminder-${week}-${reminder.to.id}`,
        timeoutMs: settings.requestTimeoutMs,
      },
    )
    ;(outcome.ok ? sent : failed).push(reminder.to.email)
  }
  return { sent, failed }
}

export const actionRemindersTask: TaskConfig<{
  input: Record<string, never>
  output: { sent: number }
}> = {
  slug: ACTION_REMINDERS_TASK,
  label: 'Vekepåminning om tiltak / Weekly action reminders',
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  // A retry re-sends only to those who failed: the others' keys are already known to Resend.
  retries: 3,
  handler: async ({ req }) => {
    const { sent, failed } = await sendActionReminders(req.payload, sendSettingsFromEnv())
    if (failed.length) throw new Error(`Reminder not sent to ${failed.join(', ')}: retrying`)
    return { output: { sent: sent.length } }
  },
}
