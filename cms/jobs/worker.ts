/**
 * Runs Payload's jobs queue in the start process: scheduled publishes (and later the site rebuild
 * and newsletter sends) happen even when nobody has the admin open.
 */
import type { Payload } from 'payload'

import { env } from '../env'
import { analyzeDatabase } from '../migrate'

const ANALYZE_EVERY_MS = 60 * 60_000

export interface JobsWorker {
  stop: () => Promise<void>
  /** Run due jobs now; resolves when this pass is done. */
  tick: () => Promise<void>
}

export function startJobsWorker(payload: Payload, intervalMs = 10_000): JobsWorker {
  let running: Promise<void> | undefined
  let stopped = false
  const tick = async () => {
    if (running) return running
    running = (async () => {
      try {
        await payload.jobs.run({ allQueues: true, limit: 50 })
      } catch (err) {
        payload.logger.error({ err, msg: 'Jobs run failed; will try again' })
      } finally {
        running = undefined
      }
    })()
    return running
  }
  const timer = setInterval(() => {
    if (!stopped) void tick()
  }, intervalMs)
  // Planner statistics follow the data as editors and imports add to it.
  const analyzer = setInterval(() => {
    if (!stopped) analyzeDatabase(payload, env().databaseUrl).catch((err) => payload.logger.error({ err, msg: 'ANALYZE failed' }))
  }, ANALYZE_EVERY_MS)
  analyzer.unref()
  return {
    tick,
    stop: async () => {
      stopped = true
      clearInterval(timer)
      clearInterval(analyzer)
      await running
    },
  }
}
