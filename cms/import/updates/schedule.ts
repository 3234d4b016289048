/**
 * When the daily update runs: every morning at 05:00 Oslo time (the register's nightly files and
 * feed are done by then). Each run queues the next, carrying the feed positions.
 */
import type { Payload } from 'payload'

import { applyRegisterUpdates } from './applyUpdates'
import {
  REGISTER_UPDATE_TASK,
  type RegisterUpdateInput,
  type RegisterUpdateOutput,
} from './taskTypes'

export const UPDATE_HOUR_OSLO = 5

const osloParts = (d: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  )

/** The next 05:00 in Oslo after `now` (summer or winter time). */
export function nextUpdateTime(now = new Date(), hour = UPDATE_HOUR_OSLO): Date {
  for (let day = 0; day < 3; day++) {
    const { year, month, day: dd } = osloParts(new Date(now.getTime() + day * 86_400_000))
    for (const offset of ['+01:00', '+02:00']) {
      const candidate = new Date(
        `${year}-${month}-${dd}T${String(hour).padStart(2, '0')}:00:00${offset}`,
      )
      if (Number(osloParts(candidate).hour) === hour && candidate > now) return candidate
    }
  }
  throw new Error('no next update time found')
}

export async function queuedUpdate(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: REGISTER_UPDATE_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 1,
    depth: 0,
  })
  return docs[0]
}

/** Queues the first daily update unless one is waiting; the feed starts at `since`. */
export async function ensureRegisterUpdatesScheduled(
  payload: Payload,
  since: Date,
  now = new Date(),
) {
  if (await queuedUpdate(payload)) return false
  await payload.jobs.queue({
    task: REGISTER_UPDATE_TASK,
    input: { since: since.toISOString() },
    waitUntil: nextUpdateTime(now),
  })
  return true
}

/** One run: the feeds from where the last run stopped, then the next run queued (even on failure). */
export async function runScheduledUpdate(
  payload: Payload,
  input: RegisterUpdateInput,
): Promise<RegisterUpdateOutput> {
  const queueNext = (next: RegisterUpdateInput) =>
    payload.jobs.queue({ task: REGISTER_UPDATE_TASK, input: next, waitUntil: nextUpdateTime() })
  try {
    const summary = await applyRegisterUpdates(payload, {
      from: { enhet: input.enheterFrom, underenhet: input.underenheterFrom },
      since: input.since,
    })
    await queueNext({
      enheterFrom: summary.next.enhet,
      underenheterFrom: summary.next.underenhet,
      since: input.since,
    })
    return {
      status: 'done',
      created: summary.created,
      updated: summary.updated,
      flagged: summary.flagged,
      enheterNext: summary.next.enhet ?? undefined,
      underenheterNext: summary.next.underenhet ?? undefined,
    }
  } catch (err) {
    await queueNext(input) // same positions: tomorrow's run covers today's too
    throw err
  }
}
