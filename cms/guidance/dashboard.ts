/**
 * The advisor's open guidance cases for the dashboard: their own and the unassigned ones, oldest
 * first, with the days since each arrived. Read with the caller's own access (advisors, admins).
 */
import type { Payload, TypedUser } from 'payload'

import { osloDay } from '../../common/oslo'
import type { GuidanceRequest } from '../payload-types'

export interface GuidanceCase {
  id: number
  name: string
  topic: GuidanceRequest['topic']
  status: GuidanceRequest['status']
  advisor: number | null
  daysSinceReceived: number
}

/** Whole Oslo calendar days between two instants (received yesterday evening = 1). */
export function daysBetween(fromIso: string, now: Date): number {
  const day = (iso: string) => Date.parse(`${osloDay(iso)}T00:00:00Z`)
  return Math.round((day(now.toISOString()) - day(fromIso)) / 86_400_000)
}

export async function openGuidanceCases(
  payload: Payload,
  user: TypedUser,
  now = new Date(),
): Promise<GuidanceCase[]> {
  const found = await payload.find({
    collection: 'guidance-requests',
    where: {
      and: [
        { status: { not_equals: 'done' } },
        { or: [{ advisor: { equals: user.id } }, { advisor: { exists: false } }] },
      ],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { name: true, topic: true, status: true, advisor: true, createdAt: true },
  })
  return found.docs.map((r) => ({
    id: r.id,
    name: r.name,
    topic: r.topic,
    status: r.status,
    advisor: typeof r.advisor === 'number' ? r.advisor : (r.advisor?.id ?? null),
    daysSinceReceived: daysBetween(r.createdAt, now),
  }))
}
