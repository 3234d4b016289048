/**
 * What sign-up adds to an event (and a course the office runs): the public counts (never names) on
 * every read, and the attendees told when the event is cancelled or moved, or moved up when places
 * are added.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  Field,
  PayloadRequest,
} from 'payload'

import { DEFAULT_LOCALE } from '../../common/locales'
import { env } from '../env'
import { label } from '../fields/labels'
import type { Course, Event } from '../payload-types'
import { EVENT_NOTICE_TASK } from './noticeTask'
import { countWithStatus, promoteFromWaitlist } from './seats'
import { sendRegistrationEmail } from './mail'
import { hasSiteSignup, signupStatus } from './signupState'
import { courseTarget, eventTarget, type SignupTarget } from './targets'

/** Filled on read (eventSignupStatus); stored nowhere. */
export const signupStatusField = (): Field => ({
  name: 'signupStatus',
  type: 'group',
  virtual: true,
  label: label('Påmeldingar', 'Sign-ups'),
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => data?.registration?.method === 'site',
  },
  fields: [
    {
      name: 'state',
      type: 'select',
      options: [
        { value: 'open', label: label('Open', 'Open') },
        { value: 'waitlist', label: label('Fullt – venteliste', 'Full – waiting list') },
        { value: 'full', label: label('Fullt', 'Full') },
        { value: 'closed', label: label('Stengd', 'Closed') },
        { value: 'cancelled', label: label('Avlyst', 'Cancelled') },
      ],
      label: label('Status', 'State'),
    },
    { name: 'confirmed', type: 'number', label: label('Har plass', 'Confirmed') },
    { name: 'waitlisted', type: 'number', label: label('På venteliste', 'Waiting list') },
    { name: 'placesLeft', type: 'number', label: label('Ledige plassar', 'Places left') },
    {
      name: 'erasedAfterDays',
      type: 'number',
      label: label(
        'Personopplysningar slettast etter (dagar)',
        'Attendee data erased after (days)',
      ),
    },
  ],
})

async function publicStatus(target: SignupTarget, req: PayloadRequest) {
  const [confirmed, waitlisted] = await Promise.all([
    countWithStatus(req.payload, target.ref, 'confirmed', req),
    countWithStatus(req.payload, target.ref, 'waitlisted', req),
  ])
  return {
    ...signupStatus(target, { confirmed, waitlisted }),
    erasedAfterDays: env().eventAttendeeRetentionDays,
  }
}

export const eventSignupStatus: CollectionAfterReadHook<Event> = async ({ doc, req }) => {
  if (!hasSiteSignup(doc) || !doc.id || !doc.startsAt) return doc
  return { ...doc, signupStatus: await publicStatus(eventTarget(doc), req) }
}

export const courseSignupStatus: CollectionAfterReadHook<Course> = async ({ doc, req }) => {
  if (!doc.id) return doc
  const target = courseTarget(doc)
  if (!hasSiteSignup(target) || !doc.sessions?.length) return doc
  return { ...doc, signupStatus: await publicStatus(target, req) }
}

export type EventChange = 'cancelled' | 'moved'

/** What changed that attendees must hear about; null when nothing did. */
export function attendeeRelevantChange(
  doc: Pick<Event, 'cancelled' | 'startsAt' | 'endsAt' | 'venue' | 'address'>,
  previous: Pick<Event, 'cancelled' | 'startsAt' | 'endsAt' | 'venue' | 'address'>,
  /** The venue's words are per language: only a change in Nynorsk is a move. */
  venueComparable = true,
): EventChange | null {
  if (doc.cancelled && !previous.cancelled) return 'cancelled'
  if (doc.cancelled) return null
  const same = (a?: string | null, b?: string | null) =>
    (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)
  if (!same(doc.startsAt, previous.startsAt) || !same(doc.endsAt, previous.endsAt)) return 'moved'
  if (!venueComparable) return null
  if (
    (doc.venue ?? '') !== (previous.venue ?? '') ||
    (doc.address ?? '') !== (previous.address ?? '')
  )
    return 'moved'
  return null
}

/**
 * A cancelled or moved event queues one job that emails every attendee (a hook must not hold the
 * save while dozens of emails go out); added places go to the waiting list at once.
 */
export const noticeAttendeesOfChange: CollectionAfterChangeHook<Event> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !hasSiteSignup(doc) || doc._status === 'draft') return doc
  // Compared with what the public last saw: previousDoc is the latest version, which may be a
  // draft already holding the new date (saved as draft, then published).
  const published = await req.payload.findVersions({
    collection: 'events',
    where: {
      and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
    },
    sort: '-createdAt',
    limit: 2,
    depth: 0,
    req,
  })
  const before = (published.docs[1]?.version as Event | undefined) ?? previousDoc
  if (!before || before._status === 'draft') return doc
  // Writing the English venue for the first time (a translation) is no move.
  const change = attendeeRelevantChange(
    doc,
    before,
    (req.locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE,
  )
  if (change) {
    await req.payload.jobs.queue({
      task: EVENT_NOTICE_TASK,
      input: { event: doc.id, change, occasion: doc.updatedAt },
      req,
    })
  }
  const more = (doc.capacity ?? Infinity) > (before.capacity ?? Infinity)
  if (!change && more) {
    const promoted = await promoteFromWaitlist(req.payload, { kind: 'event', id: doc.id }, req)
    for (const reg of promoted) await sendRegistrationEmail(req.payload, reg, 'promoted', { req })
  }
  return doc
}
