import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '../transaction'
import { requestSiteBuild } from './request'

/**
 * A build still marked running when the publisher starts was cut off (the process stopped): say
 * so on its record and queue a new one, so the site catches up with what was published meanwhile.
 * One transaction: marked failed and requeued together, or neither.
 */
export function recoverInterruptedBuilds(payload: Payload) {
  return inTransaction(payload, (req) => recoverWithin(payload, req as PayloadRequest))
}

async function recoverWithin(payload: Payload, req: PayloadRequest) {
  const stale = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    depth: 0,
    limit: 100,
    req,
  })
  for (const build of stale.docs) {
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'failed',
        error: 'Interrupted: the server stopped during the build',
        finishedAt: new Date().toISOString(),
      },
      depth: 0,
      req,
    })
  }
  if (stale.docs.length) await requestSiteBuild(payload, 'rebuild after an interrupted build', req)
}
