/**
 * Asks for a rebuild of the public site. Requests within the debounce window fold into the one
 * queued build (its trigger lists what changed), so ten edits in a few seconds make one build.
 * Find-then-write in one transaction: two requests at once make one queued build, and a request
 * never folds into a build the publisher has just claimed (its change would not be in it).
 */
import type { Payload, PayloadRequest } from 'payload'

import { inTransaction, type TransactionReq } from '../transaction'

const MAX_TRIGGER = 500

/**
 * `document` ("articles:12") is the document whose change asked for the build: the admin shows
 * on that document whether its change is queued, building, live or failed.
 */
export function requestSiteBuild(
  payload: Payload,
  reason: string,
  outer?: PayloadRequest,
  document?: string,
): Promise<void> {
  return inTransaction(
    payload,
    (req) => queueBuild(payload, reason, req, document),
    outer as TransactionReq,
  )
}

const MAX_DOCUMENTS = 1000

function withDocument(list: unknown, document: string | undefined): string[] {
  const documents = Array.isArray(list) ? list.filter((d) => typeof d === 'string') : []
  if (document && !documents.includes(document)) documents.push(document)
  return documents.slice(-MAX_DOCUMENTS)
}

async function queueBuild(
  payload: Payload,
  reason: string,
  req: TransactionReq,
  document?: string,
): Promise<void> {
  const now = new Date().toISOString()
  const queued = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    limit: 1,
    depth: 0,
    req,
  })
  const existing = queued.docs[0]
  if (existing) {
    const trigger = existing.trigger?.includes(reason)
      ? existing.trigger
      : `${existing.trigger ?? ''}; ${reason}`.slice(0, MAX_TRIGGER)
    await payload.update({
      collection: 'site-builds',
      id: existing.id,
      data: { requestedAt: now, trigger, documents: withDocument(existing.documents, document) },
      depth: 0,
      req,
    })
    return
  }
  await payload.create({
    collection: 'site-builds',
    data: {
      status: 'queued',
      requestedAt: now,
      trigger: reason,
      documents: withDocument([], document),
    },
    depth: 0,
    req,
  })
}
