/**
 * What takes sign-ups on the site: an event, or a course the office runs itself. The seats, the
 * form, the emails, the reminders and the staff lists work on a `SignupTarget` whichever it is;
 * only this file knows how a course reads as one (its first session is the start, its signup
 * deadline a whole day, its sessions the calendar file's entries).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { Locale } from '../../common/locales'
import { fromOsloWallClock, osloParts } from '../../common/oslo'
import { sitePaths } from '../../common/routes'
import type { Course, Event, EventRegistration } from '../payload-types'
import type { QuestionSettings } from './questions'
import type { SignupEvent } from './signupState'

export type TargetKind = 'event' | 'course'

export interface TargetRef {
  kind: TargetKind
  id: number
}

export const TARGET_COLLECTION = { event: 'events', course: 'courses' } as const

export interface SignupSession {
  startsAt: string
  endsAt?: string | null
}

/** Everything sign-up needs of an event or a course, in one language. */
export interface SignupTarget extends SignupEvent {
  ref: TargetRef
  title: string
  slug?: string | null
  endsAt?: string | null
  place: string
  /** The calendar file's entries: the event itself, or each session of a course. */
  sessions: SignupSession[]
  published: boolean
  updatedAt: string
  registration: {
    method?: string | null
    deadline?: string | null
    waitlist?: boolean | null
    questions?: QuestionSettings | null
  }
}

const idOf = (rel: number | { id: number } | null | undefined) =>
  rel == null ? null : typeof rel === 'number' ? rel : rel.id

/** The event or course a registration is for. */
export function targetOf(reg: Pick<EventRegistration, 'event' | 'course'>): TargetRef {
  const course = idOf(reg.course)
  if (course !== null) return { kind: 'course', id: course }
  const event = idOf(reg.event)
  if (event === null) throw new Error('A registration names neither an event nor a course')
  return { kind: 'event', id: event }
}

/** The registrations of one event or course (a where clause). */
export const ofTarget = (ref: TargetRef): Where => ({ [ref.kind]: { equals: ref.id } })

/** The relationship fields of a new registration. */
export const registrationRef = (ref: TargetRef) =>
  ref.kind === 'event' ? { event: ref.id } : { course: ref.id }

export const placeOf = (e: Pick<Event, 'venue' | 'address' | 'onlineUrl'>) =>
  [e.venue, e.address].filter(Boolean).join(', ') || e.onlineUrl || ''

export function eventTarget(e: Event): SignupTarget {
  return {
    ref: { kind: 'event', id: e.id },
    title: e.title,
    slug: e.slug,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    cancelled: e.cancelled,
    capacity: e.capacity,
    place: placeOf(e),
    sessions: [{ startsAt: e.startsAt, endsAt: e.endsAt }],
    published: e._status === 'published',
    updatedAt: e.updatedAt,
    registration: {
      method: e.registration?.method,
      deadline: e.registration?.deadline,
      waitlist: e.registration?.waitlist,
      questions: e.registration?.questions,
    },
  }
}

/** The end of the Oslo day a date-only deadline names: "sign up by 14 March" includes 14 March. */
export function endOfOsloDay(iso: string): string {
  const p = osloParts(new Date(iso))
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1))
  return fromOsloWallClock(
    next.getUTCFullYear(),
    next.getUTCMonth() + 1,
    next.getUTCDate(),
  ).toISOString()
}

/** A course takes sign-ups here only when the office runs it and chose sign-up on this site. */
export const hasCourseSignup = (
  c: Pick<Course, 'runByOffice'> & { registration?: { method?: string | null } | null },
) => Boolean(c.runByOffice) && c.registration?.method === 'site'

export function courseTarget(c: Course): SignupTarget {
  const sessions = [...(c.sessions ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const first = sessions[0]
  const last = sessions.at(-1)
  return {
    ref: { kind: 'course', id: c.id },
    title: c.title,
    slug: c.slug,
    // A course without sessions cannot take sign-ups here (the Courses collection refuses it).
    startsAt: first?.startsAt ?? c.updatedAt,
    endsAt: last?.endsAt ?? last?.startsAt,
    cancelled: false,
    capacity: c.capacity,
    place: c.location ?? '',
    sessions: sessions.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
    published: c._status === 'published',
    updatedAt: c.updatedAt,
    registration: {
      method: hasCourseSignup(c) ? 'site' : 'url',
      deadline: c.signupDeadline ? endOfOsloDay(c.signupDeadline) : null,
      waitlist: c.registration?.waitlist,
      questions: c.registration?.questions,
    },
  }
}

/** The target in one language; null when it no longer exists. */
export async function loadTarget(
  payload: Payload,
  ref: TargetRef,
  opts: { locale?: Locale; req?: Partial<PayloadRequest> } = {},
): Promise<SignupTarget | null> {
  const args = { id: ref.id, depth: 0, locale: opts.locale, req: opts.req, disableErrors: true }
  if (ref.kind === 'event') {
    const e = await payload.findByID({ collection: 'events', ...args })
    return e ? eventTarget(e) : null
  }
  const c = await payload.findByID({ collection: 'courses', ...args })
  return c ? courseTarget(c) : null
}

/** The target's page on the public site. */
export const targetUrl = (siteUrl: string, locale: Locale, t: Pick<SignupTarget, 'ref' | 'slug'>) =>
  `${siteUrl}${sitePaths[t.ref.kind](locale, t.slug ?? String(t.ref.id))}`
