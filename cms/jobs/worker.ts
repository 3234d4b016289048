/**
 * Runs Payload's jobs queue in the start process: scheduled publishes (and later the site rebuild
 * and newsletter sends) happen even when nobody has the admin open.
 */
import type { Payload } from 'payload'

import { env } from '../env'
import { analyzeDatabase } from '../migrate'
import { startLoop } from './loop'

const ANALYZE_EVERY_MS = 60 * 60_000

export interface JobsWorker {
  stop: () => Promise<void>
  /** Run due jobs now; resolves when this pass is done. */
  tick: () => Promise<void>
}

export function startJobsWorker(payload: Payload, intervalMs = 10_000): JobsWorker {
  const jobs = startLoop(
    () => payload.jobs.run({ allQueues: true, limit: 50 }).then(() => undefined),
    intervalMs,
    (err) => payload.logger.error({ err, msg: 'Jobs run failed; will try again' }),
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
      await Promise.all([jobs.stop(), analyzer.stop()])
    },
  }
}
