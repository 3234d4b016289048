/**
 * Runs Payload's jobs queue in the start process: scheduled publishes and newsletter sends happen
 * even when nobody has the admin open, and keeps SQLite's planner statistics fresh. The public
 * site is rebuilt by the publisher (site/publish/publisher.ts), not here.
 */
import type { Payload } from 'payload'

import { ensureActionRemindersQueued } from '../advisor/actionRemindersTask'
import { ensureEventHousekeepingQueued } from '../events/housekeepingTask'
import { env } from '../env'
import { analyzeDatabase } from '../migrate'
import { recoverStuckSends } from '../newsletter/send/recover'
import { startLoop } from '../../common/loop'

const ANALYZE_EVERY_MS = 60 * 60_000
/**
 * A pass that has not finished by then is no longer waited for: jobs that are due (a newsletter
 * send) run in the next pass. A long send goes on meanwhile; its job is marked processing, so no
 * later pass picks it up twice.
 */
const MAX_PASS_MS = 3 * 60_000
/** A killed sender's lease runs out within a minute (cms/newsletter/send/lease.ts). */
const RECOVER_EVERY_MS = 60_000

export interface JobsWorker {
  stop: () => Promise<void>
  /** Run due jobs now; resolves when this pass is done. */
  tick: () => Promise<void>
}

export function startJobsWorker(payload: Payload, intervalMs = 10_000): JobsWorker {
  // A newsletter send whose worker was killed is stuck as "processing" until handed back: at start
  // (before the first run picks up jobs), then every minute for leases that ran out since.
  const recovery = startLoop(
    () => recoverStuckSends(payload).then(() => undefined),
    RECOVER_EVERY_MS,
    (err) => payload.logger.error({ err, msg: 'Newsletter send recovery failed; will try again' }),
  )
  const firstRecovery = recovery.tick()
  // Each standing job is kept queued on its own: one that fails to queue (and says so in the
  // log) never keeps the queue from running the jobs that are due, a newsletter send above all.
  const standing: [string, () => Promise<unknown>][] = [
    // The weekly action reminders keep one run queued for the coming Monday.
    ['weekly action reminders', () => ensureActionRemindersQueued(payload)],
    ['event housekeeping', () => ensureEventHousekeepingQueued(payload)],
  ]
  const jobs = startLoop(
    async () => {
      await firstRecovery
      for (const [name, ensure] of standing) {
        await ensure().catch((err) =>
          payload.logger.error({ err, msg: `Could not queue the ${name}; will try again` }),
        )
      }
      await payload.jobs.run({ allQueues: true, limit: 50 })
    },
    intervalMs,
    (err) => payload.logger.error({ err, msg: 'Jobs run failed; will try again' }),
    { maxPassMs: MAX_PASS_MS },
  )
  // Planner statistics follow the data as editors and imports add to it.
  const analyzer = startLoop(
    () => analyzeDatabase(payload, env().databaseUrl),
    ANALYZE_EVERY_MS,
    (err) => payload.logger.error({ err, msg: 'ANALYZE failed' }),
  )
  return {
    tick: jobs.tick,
    stop: async () => {
      await Promise.all([jobs.stop(), analyzer.stop(), recovery.stop()])
    },
  }
}
