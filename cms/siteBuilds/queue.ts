/**
 * The `site-builds` collection as the publisher's queue (site/publish/queue.ts): every state
 * change of a build is a write here, so the admin shows whether a change went live and why not.
 */
import type { Payload } from 'payload'

import { inTransaction } from '../transaction'
import { recoverInterruptedBuilds } from './recover'
import { requestSiteBuild } from './request'

type Id = number | string

export interface SiteBuildOutcome {
  durationMs: number
  log: string
  pages?: number
  error?: string
  withheld?: { collection: string; id: string | number; reason: string }[]
}

export function siteBuildQueue(payload: Payload) {
  const update = (id: Id, data: Record<string, unknown>) =>
    payload.update({ collection: 'site-builds', id, data, depth: 0 })

  return {
    request: (reason: string) => requestSiteBuild(payload, reason),
    recover: () => recoverInterruptedBuilds(payload),
    /** Read and claimed in one transaction: a request folding into it meanwhile waits. */
    claimNext: (debounceMs: number) =>
      inTransaction(payload, async (req) => {
        const queued = await payload.find({
          collection: 'site-builds',
          where: { status: { equals: 'queued' } },
          sort: 'requestedAt',
          limit: 1,
          depth: 0,
          req,
        })
        const job = queued.docs[0]
        if (!job || Date.now() - new Date(job.requestedAt).getTime() < debounceMs) return null
        await payload.update({
          collection: 'site-builds',
          id: job.id,
          data: { status: 'running', startedAt: new Date().toISOString() },
          depth: 0,
          req,
        })
        return { id: job.id, requestedAt: job.requestedAt, trigger: job.trigger }
      }),
    async succeed(id: Id, outcome: SiteBuildOutcome) {
      await update(id, {
        status: 'succeeded',
        finishedAt: new Date().toISOString(),
        durationMs: outcome.durationMs,
        pages: outcome.pages,
        log: outcome.log,
        withheld: outcome.withheld ?? [],
      })
    },
    async fail(id: Id, outcome: SiteBuildOutcome) {
      await update(id, {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        durationMs: outcome.durationMs,
        error: outcome.error?.slice(0, 500),
        log: outcome.log,
      })
    },
  }
}
