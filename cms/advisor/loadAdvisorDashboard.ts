/**
 * Loads the advisor dashboard for a logged-in user, with the collection's own access rules applied
 * (overrideAccess: false): the staff-only fields reach only advisors and admins, here as anywhere.
 */
import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../access/roles'
import { type GuidanceCase, openGuidanceCases } from '../guidance/dashboard'
import type { Topic } from '../payload-types'
import { type AdvisorBusiness, type AdvisorDashboard, advisorDashboard } from './advisorDashboard'

export class AdvisorsOnlyError extends Error {
  constructor() {
    super('The advisor dashboard is for advisors and admins only')
    this.name = 'AdvisorsOnlyError'
  }
}

export const canUseAdvisorTools = (user: { roles?: string[] | null } | null | undefined) =>
  hasRole(user as never, 'admin', 'advisor')

export interface LoadedAdvisorDashboard extends AdvisorDashboard {
  topics: Map<number, string>
  users: Map<number, string>
  /** Open guidance requests: the user's own and the unassigned. */
  guidance: GuidanceCase[]
}

export async function loadAdvisorDashboard(
  payload: Payload,
  { user, now = new Date() }: { user: TypedUser | null | undefined; now?: Date },
): Promise<LoadedAdvisorDashboard> {
  if (!user || !canUseAdvisorTools(user)) throw new AdvisorsOnlyError()
  const [businesses, topics, users, guidance] = await Promise.all([
    payload.find({
      collection: 'businesses',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
      select: {
        name: true,
        registerStatus: true,
        contactPerson: true,
        developmentPlan: true,
        needs: true,
        meetingLog: true,
      },
    }),
    payload.find({
      collection: 'topics',
      pagination: false,
      depth: 0,
      locale: 'nn',
      select: { name: true },
    }),
    payload.find({
      collection: 'users',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
      select: { name: true, email: true },
    }),
    openGuidanceCases(payload, user, now),
  ])
  return {
    ...advisorDashboard(businesses.docs as AdvisorBusiness[], { userId: user.id as number, now }),
    topics: new Map(topics.docs.map((t: Pick<Topic, 'id' | 'name'>) => [t.id, t.name])),
    guidance,
    users: new Map(
      users.docs.map((u) => [
        u.id,
        (u as { name?: string }).name || (u as { email: string }).email,
      ]),
    ),
  }
}
