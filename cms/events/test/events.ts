/** Events and courses that take sign-ups on the site, for the sign-up tests. */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Course, Event } from '../../payload-types'

let n = 0

export async function signupEvent(
  payload: Payload,
  over: Partial<Event> & { registration?: Partial<NonNullable<Event['registration']>> } = {},
): Promise<Event> {
  const i = ++n
  const { registration, ...rest } = over
  const data = {
    title: `Dialogmøte ${i}`,
    slug: `dialogmote-${i}`,
    kind: 'dialogue-meeting',
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    venue: 'Vinje rådhus',
    capacity: 3,
    _status: 'published',
    ...rest,
    registration: {
      method: 'site',
      waitlist: true,
      questions: { orgNumber: 'optional', dietary: 'optional', phone: 'off' },
      ...registration,
    },
  } as RequiredDataFromCollectionSlug<'events'>
  return payload.create({ collection: 'events', data, context: { skipSiteBuild: true } })
}

/** A course the office runs itself, taking sign-ups on the site, for the course sign-up tests. */
export async function signupCourse(
  payload: Payload,
  over: Partial<Course> & { registration?: Partial<NonNullable<Course['registration']>> } = {},
): Promise<Course> {
  const i = ++n
  const { registration, ...rest } = over
  const provider = await payload.create({
    collection: 'providers',
    data: { name: `Næringskontoret ${i}`, slug: `naeringskontoret-${i}`, kind: 'public-body' },
    context: { skipSiteBuild: true },
  })
  const day = 86_400_000
  const data = {
    title: `Gründarkurs ${i}`,
    slug: `grundarkurs-${i}`,
    provider: provider.id,
    format: 'classroom',
    sessions: [
      {
        startsAt: new Date(Date.now() + 7 * day).toISOString(),
        endsAt: new Date(Date.now() + 7 * day + 2 * 3600_000).toISOString(),
      },
      {
        startsAt: new Date(Date.now() + 14 * day).toISOString(),
        endsAt: new Date(Date.now() + 14 * day + 2 * 3600_000).toISOString(),
      },
    ],
    location: 'Vinje kommunehus',
    runByOffice: true,
    capacity: 3,
    _status: 'published',
    ...rest,
    registration: {
      method: 'site',
      waitlist: true,
      questions: { orgNumber: 'optional', phone: 'required' },
      ...registration,
    },
  } as RequiredDataFromCollectionSlug<'courses'>
  return payload.create({ collection: 'courses', data, context: { skipSiteBuild: true } })
}
