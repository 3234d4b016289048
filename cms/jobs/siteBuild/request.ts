/**
 * Asks for a rebuild of the public site. Requests within the debounce window fold into the one
 * queued build (its trigger lists what changed), so ten edits in a few seconds make one build.
 */
import type { Payload, PayloadRequest } from 'payload'

const MAX_TRIGGER = 500

export async function requestSiteBuild(payload: Payload, reason: string, req?: PayloadRequest): Promise<void> {
  const now = new Date().toISOString()
  const queued = await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, limit: 1, depth: 0, req })
  const existing = queued.docs[0]
  if (existing) {
    const trigger = existing.trigger?.includes(reason) ? existing.trigger : `${existing.trigger ?? ''}; ${reason}`.slice(0, MAX_TRIGGER)
    await payload.update({ collection: 'site-builds', id: existing.id, data: { requestedAt: now, trigger }, depth: 0, req })
    return
  }
  await payload.create({ collection: 'site-builds', data: { status: 'queued', requestedAt: now, trigger: reason }, depth: 0, req })
}
