/**
 * The broker's view: for each topic, who needs it (by priority), which upcoming courses and which
 * providers cover it, and a gap flag where businesses need a topic and nothing is on offer in the
 * next six months: the signal to organise tailored training. Plain functions over plain data.
 */
import { type Availability, courseAvailability, type CourseDates } from './courseAvailability'

export type Priority = 'high' | 'medium' | 'low'
export const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 }

export interface MatchingTopic {
  id: number
  name: string
  slug: string
}

export interface MatchingNeed {
  topic: number
  priority: Priority
  note?: string | null
}

export interface MatchingBusiness {
  id: number
  name: string
  registerStatus?: string | null
  needs: MatchingNeed[]
}

export interface MatchingCourse extends CourseDates {
  id: number
  title: string
  slug?: string | null
  provider: number | null
  topics: number[]
}

export interface MatchingProvider {
  id: number
  name: string
  topics: number[]
}

export interface MatchingInput {
  topics: MatchingTopic[]
  businesses: MatchingBusiness[]
  courses: MatchingCourse[]
  providers: MatchingProvider[]
}

export interface CourseOffer {
  id: number
  title: string
  slug?: string | null
  providerName: string | null
  availability: Availability
}

export interface TopicMatch {
  topic: MatchingTopic
  need: { high: number; medium: number; low: number; total: number }
  businesses: { id: number; name: string; priority: Priority; note: string | null }[]
  courses: CourseOffer[]
  providers: { id: number; name: string }[]
  /** Needed, and no course on offer in the next six months. */
  gap: boolean
}

/** Bankrupt, wound-up and deleted businesses no longer need training. */
export const isActiveBusiness = (b: { registerStatus?: string | null }) =>
  (b.registerStatus ?? 'active') === 'active'

/** A business listing a topic twice counts once, at its most urgent priority. */
export function needsByTopic(business: MatchingBusiness): Map<number, MatchingNeed> {
  const byTopic = new Map<number, MatchingNeed>()
  for (const need of business.needs) {
    const earlier = byTopic.get(need.topic)
    if (!earlier || PRIORITY_ORDER[need.priority] < PRIORITY_ORDER[earlier.priority])
      byTopic.set(need.topic, need)
  }
  return byTopic
}

/** Soonest first; self-paced (always open, no date) after the dated ones. */
export function byNextDate(a: CourseOffer, b: CourseOffer): number {
  const ta = a.availability.nextDate ? Date.parse(a.availability.nextDate) : Infinity
  const tb = b.availability.nextDate ? Date.parse(b.availability.nextDate) : Infinity
  return ta - tb || a.title.localeCompare(b.title, 'nn')
}

export function upcomingOffers(
  input: Pick<MatchingInput, 'courses' | 'providers'>,
  now: Date,
): (CourseOffer & { topics: number[] })[] {
  const providerName = new Map(input.providers.map((p) => [p.id, p.name]))
  return input.courses
    .map((c) => ({
      id: c.id,
      title: c.title,
      slug: c.slug,
      topics: c.topics,
      providerName: c.provider === null ? null : (providerName.get(c.provider) ?? null),
      availability: courseAvailability(c, now),
    }))
    .filter((c) => c.availability.available)
}

export function matchNeedsToCourses(input: MatchingInput, now: Date): TopicMatch[] {
  const offers = upcomingOffers(input, now)
  const rows = input.topics.map((topic): TopicMatch => {
    const businesses: TopicMatch['businesses'] = []
    for (const b of input.businesses.filter(isActiveBusiness)) {
      const need = needsByTopic(b).get(topic.id)
      if (need)
        businesses.push({
          id: b.id,
          name: b.name,
          priority: need.priority,
          note: need.note ?? null,
        })
    }
    businesses.sort(
      (x, y) =>
        PRIORITY_ORDER[x.priority] - PRIORITY_ORDER[y.priority] ||
        x.name.localeCompare(y.name, 'nn'),
    )
    const need = { high: 0, medium: 0, low: 0, total: businesses.length }
    for (const b of businesses) need[b.priority]++
    const courses = offers
      .filter((c) => c.topics.includes(topic.id))
      .map(({ topics: _, ...offer }) => offer)
      .sort(byNextDate)
    const providers = input.providers
      .filter((p) => p.topics.includes(topic.id))
      .map((p) => ({ id: p.id, name: p.name }))
    providers.sort((x, y) => x.name.localeCompare(y.name, 'nn'))
    return {
      topic,
      need,
      businesses,
      courses,
      providers,
      gap: need.total > 0 && courses.length === 0,
    }
  })
  // Gaps first, then the most urgent needs: the order an advisor works through them.
  return rows.sort(
    (a, b) =>
      Number(b.gap) - Number(a.gap) ||
      b.need.high - a.need.high ||
      b.need.total - a.need.total ||
      a.topic.name.localeCompare(b.topic.name, 'nn'),
  )
}

export interface BusinessCourseMatch extends CourseOffer {
  /** The business's needs this course covers, most urgent first. */
  needs: { topic: MatchingTopic; priority: Priority }[]
}

/** The upcoming courses that fit one business's needs: shown on its admin page. */
export function coursesForBusiness(
  business: Pick<MatchingBusiness, 'needs'>,
  input: Pick<MatchingInput, 'courses' | 'providers' | 'topics'>,
  now: Date,
): BusinessCourseMatch[] {
  const needs = needsByTopic({ id: 0, name: '', needs: business.needs })
  const topicById = new Map(input.topics.map((t) => [t.id, t]))
  return upcomingOffers(input, now)
    .map(({ topics, ...offer }) => ({
      ...offer,
      needs: topics
        .filter((t) => needs.has(t) && topicById.has(t))
        .map((t) => ({ topic: topicById.get(t)!, priority: needs.get(t)!.priority }))
        .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]),
    }))
    .filter((c) => c.needs.length > 0)
    .sort(
      (a, b) =>
        PRIORITY_ORDER[a.needs[0].priority] - PRIORITY_ORDER[b.needs[0].priority] ||
        byNextDate(a, b),
    )
}
