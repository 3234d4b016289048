/**
 * Funding schemes a business can still apply for, nearest deadline first, then the rolling ones
 * (open all year): for the site's funding page and the newsletter's "deadlines" section.
 * A deadline is a day: a scheme is still open all of its deadline day in Oslo.
 */
import type { Locale } from '../../common/locales'
import type { Payload, Where } from 'payload'

import { startOfOsloDay } from '../advisor/advisorDashboard'
import type { FundingScheme } from '../payload-types'

export interface UpcomingFundingOptions {
  now?: Date
  /** At most this many in all (dated ones first). */
  limit?: number
  locale?: Locale
}

const notRolling: Where = { or: [{ rolling: { equals: false } }, { rolling: { exists: false } }] }

export async function upcomingFundingDeadlines(
  payload: Payload,
  { now = new Date(), limit = 5, locale = 'nn' }: UpcomingFundingOptions = {},
): Promise<FundingScheme[]> {
  if (limit <= 0) return []
  const dated = await payload.find({
    collection: 'funding-schemes',
    where: {
      and: [notRolling, { deadline: { greater_than_equal: startOfOsloDay(now).toISOString() } }],
    },
    sort: 'deadline',
    limit,
    depth: 0,
    locale,
  })
  const room = limit - dated.docs.length
  if (room <= 0) return dated.docs
  const rolling = await payload.find({
    collection: 'funding-schemes',
    where: { rolling: { equals: true } },
    sort: 'name',
    limit: room,
    depth: 0,
    locale,
  })
  return [...dated.docs, ...rolling.docs]
}
