/** Events that take sign-ups on the site, for the sign-up tests. */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Event } from '../../payload-types'

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
