/**
 * Loads what the broker matches from the CMS: topics, businesses' needs, published courses and
 * providers. Reads with the Local API's full access: callers are staff-only views and endpoints
 * that have checked the user first.
 */
import type { Locale } from '../../common/locales'
import type { Payload } from 'payload'

import type { Business, Course, Provider, Topic } from '../payload-types'
import type {
  MatchingBusiness,
  MatchingCourse,
  MatchingInput,
  MatchingProvider,
  MatchingTopic,
  Priority,
} from './matchNeedsToCourses'

const idOf = (v: number | { id: number } | null | undefined): number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : v.id
const ids = (list: (number | { id: number })[] | null | undefined): number[] =>
  (list ?? []).map(idOf).filter((x): x is number => x !== null)

export const toMatchingTopic = (t: Pick<Topic, 'id' | 'name' | 'slug'>): MatchingTopic => ({
  id: t.id,
  name: t.name,
  slug: t.slug,
})

export const toMatchingBusiness = (
  b: Pick<Business, 'id' | 'name' | 'registerStatus' | 'needs'>,
): MatchingBusiness => ({
  id: b.id,
  name: b.name,
  registerStatus: b.registerStatus,
  needs: (b.needs ?? []).flatMap((n) => {
    const topic = idOf(n.topic)
    return topic === null
      ? []
      : [{ topic, priority: (n.priority ?? 'medium') as Priority, note: n.note }]
  }),
})

export const toMatchingCourse = (
  c: Pick<
    Course,
    'id' | 'title' | 'slug' | 'provider' | 'topics' | 'format' | 'sessions' | 'signupDeadline'
  >,
): MatchingCourse => ({
  id: c.id,
  title: c.title,
  slug: c.slug,
  provider: idOf(c.provider),
  topics: ids(c.topics),
  format: c.format,
  sessions: (c.sessions ?? []).map((s) => ({ startsAt: s.startsAt })),
  signupDeadline: c.signupDeadline,
})

export const toMatchingProvider = (
  p: Pick<Provider, 'id' | 'name' | 'topics'>,
): MatchingProvider => ({ id: p.id, name: p.name, topics: ids(p.topics) })

export async function loadTopicsCoursesProviders(
  payload: Payload,
  locale: Locale = 'nn',
): Promise<Omit<MatchingInput, 'businesses'>> {
  const [topics, courses, providers] = await Promise.all([
    payload.find({
      collection: 'topics',
      pagination: false,
      depth: 0,
      locale,
      select: { name: true, slug: true },
    }),
    payload.find({
      collection: 'courses',
      pagination: false,
      depth: 0,
      locale,
      where: { _status: { equals: 'published' } },
      select: {
        title: true,
        slug: true,
        provider: true,
        topics: true,
        format: true,
        sessions: true,
        signupDeadline: true,
      },
    }),
    payload.find({
      collection: 'providers',
      pagination: false,
      depth: 0,
      locale,
      select: { name: true, topics: true },
    }),
  ])
  return {
    topics: topics.docs.map(toMatchingTopic),
    courses: courses.docs.map(toMatchingCourse),
    providers: providers.docs.map(toMatchingProvider),
  }
}

export async function loadMatchingInput(
  payload: Payload,
  locale: Locale = 'nn',
): Promise<MatchingInput> {
  const [rest, businesses] = await Promise.all([
    loadTopicsCoursesProviders(payload, locale),
    payload.find({
      collection: 'businesses',
      pagination: false,
      depth: 0,
      select: { name: true, registerStatus: true, needs: true },
    }),
  ])
  return { ...rest, businesses: businesses.docs.map(toMatchingBusiness) }
}
