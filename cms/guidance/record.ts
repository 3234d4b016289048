/**
 * A guidance request becomes a case: linked to the business by organisation number, or, for
 * someone not registered yet, to a new entrepreneur record (a business without an org number,
 * not listed publicly), and given an advisor. One transaction: all of it or nothing.
 */
import type { Locale } from '../../common/locales'
import type { Payload } from 'payload'

import type { GuidanceRequest } from '../payload-types'
import { inTransaction } from '../transaction'
import { chooseAdvisor } from './assign'
import type { GuidanceTopic } from './topics'

export interface GuidanceInput {
  topic: GuidanceTopic
  fundingScheme: number | null
  description: string
  contactWay: 'email' | 'phone' | 'meeting' | null
  contactTimes: string | null
  orgNumber: string | null
  notRegistered: boolean
  name: string
  email: string
  phone: string | null
  locale: Locale
}

export async function recordGuidanceRequest(
  payload: Payload,
  input: GuidanceInput,
  now = new Date(),
): Promise<GuidanceRequest> {
  return inTransaction(payload, async (req) => {
    let business: { id: number; contactPerson?: number | { id: number } | null } | null = null
    if (input.orgNumber) {
      business =
        (
          await payload.find({
            collection: 'businesses',
            where: { orgNumber: { equals: input.orgNumber } },
            limit: 1,
            depth: 0,
            select: { contactPerson: true },
            req,
          })
        ).docs[0] ?? null
    } else if (input.notRegistered) {
      business = await payload.create({
        collection: 'businesses',
        data: { name: `${input.name} (gründar)`, listed: false },
        depth: 0,
        req,
        context: { skipSiteBuild: true },
      })
    }
    const advisor = await chooseAdvisor(payload, business, input.topic, req)
    return payload.create({
      collection: 'guidance-requests',
      data: {
        ...input,
        business: business?.id ?? null,
        advisor,
        status: 'new',
        consentAt: now.toISOString(),
      },
      depth: 0,
      req,
    })
  })
}
