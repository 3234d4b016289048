/**
 * The seat decisions for an event or a course the office runs (targets.ts): who gets a place, who
 * waits, who moves up. Each runs inside one SQLite transaction (BEGIN IMMEDIATE holds the write
 * lock from the start), so the count and the write that depends on it cannot be overtaken by
 * another sign-up, in this process or another: capacity holds however many people press "Meld på"
 * at once. The waiting list is first come, first served
 * (creation time, then id).
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { EventRegistration } from '../payload-types'
import { inTransaction } from '../transaction'
import {
  loadTarget,
  ofTarget,
  registrationRef,
  type SignupTarget,
  targetOf,
  type TargetRef,
} from './targets'

export type ActiveStatus = 'confirmed' | 'waitlisted'

const withStatus = (ref: TargetRef, status: ActiveStatus): Where => ({
  and: [ofTarget(ref), { status: { equals: status } }],
})

export const countWithStatus = async (
  payload: Payload,
  ref: TargetRef,
  status: ActiveStatus,
  req?: Partial<PayloadRequest>,
) =>
  (await payload.count({ collection: 'event-registrations', where: withStatus(ref, status), req }))
    .totalDocs

/** 1 = first in line. */
export async function waitlistPosition(
  payload: Payload,
  reg: Pick<EventRegistration, 'id' | 'createdAt'>,
  ref: TargetRef,
  req?: Partial<PayloadRequest>,
): Promise<number> {
  const ahead = await payload.count({
    collection: 'event-registrations',
    where: {
      and: [
        withStatus(ref, 'waitlisted'),
        {
          or: [
            { createdAt: { less_than: reg.createdAt } },
            { and: [{ createdAt: { equals: reg.createdAt } }, { id: { less_than: reg.id } }] },
          ],
        },
      ],
    },
    req,
  })
  return ahead.totalDocs + 1
}

export type RegistrationData = Pick<
  EventRegistration,
  'name' | 'email' | 'orgNumber' | 'phone' | 'dietary' | 'accessibility' | 'message' | 'locale'
>

export class EventFullError extends Error {
  constructor() {
    super('The event is full and keeps no waiting list')
    this.name = 'EventFullError'
  }
}

export interface SeatOutcome {
  registration: EventRegistration
  /** The address already had a place or a spot in line: nothing new was stored. */
  existing: boolean
  waitlistPosition?: number
}

/** A place if one is free, else the end of the waiting list (if the event or course keeps one). */
export async function takeSeat(
  payload: Payload,
  target: Pick<SignupTarget, 'ref' | 'capacity' | 'registration'>,
  data: RegistrationData,
): Promise<SeatOutcome> {
  const { ref } = target
  return inTransaction(payload, async (req) => {
    const already = await payload.find({
      collection: 'event-registrations',
      where: {
        and: [
          ofTarget(ref),
          { email: { equals: data.email } },
          { status: { in: ['confirmed', 'waitlisted'] } },
        ],
      },
      limit: 1,
      depth: 0,
      req,
    })
    if (already.docs[0]) {
      const registration = already.docs[0]
      return {
        registration,
        existing: true,
        waitlistPosition:
          registration.status === 'waitlisted'
            ? await waitlistPosition(payload, registration, ref, req)
            : undefined,
      }
    }
    const confirmed = await countWithStatus(payload, ref, 'confirmed', req)
    const free =
      target.capacity === null || target.capacity === undefined || confirmed < target.capacity
    if (!free && !target.registration?.waitlist) throw new EventFullError()
    const registration = await payload.create({
      collection: 'event-registrations',
      data: { ...data, ...registrationRef(ref), status: free ? 'confirmed' : 'waitlisted' },
      depth: 0,
      req,
    })
    return {
      registration,
      existing: false,
      waitlistPosition: free ? undefined : await countWithStatus(payload, ref, 'waitlisted', req),
    }
  })
}

/** Fills free places from the head of the waiting list; returns those who moved up. */
export async function promoteFromWaitlist(
  payload: Payload,
  ref: TargetRef,
  req: Partial<PayloadRequest>,
  now = new Date(),
): Promise<EventRegistration[]> {
  const target = await loadTarget(payload, ref, { req })
  if (!target || target.cancelled || new Date(target.startsAt) <= now) return []
  const capacity = target.capacity
  const confirmed = await countWithStatus(payload, ref, 'confirmed', req)
  const free = capacity === null || capacity === undefined ? Infinity : capacity - confirmed
  if (free <= 0) return []
  const next = await payload.find({
    collection: 'event-registrations',
    where: withStatus(ref, 'waitlisted'),
    sort: ['createdAt', 'id'],
    limit: Number.isFinite(free) ? free : 0,
    pagination: Number.isFinite(free),
    depth: 0,
    req,
  })
  const promoted: EventRegistration[] = []
  for (const reg of next.docs) {
    promoted.push(
      await payload.update({
        collection: 'event-registrations',
        id: reg.id,
        data: { status: 'confirmed', promotedAt: now.toISOString() },
        depth: 0,
        req,
        context: { promotionHandled: true },
      }),
    )
  }
  return promoted
}

export interface CancelOutcome {
  cancelled: EventRegistration | null
  promoted: EventRegistration[]
}

/** The attendee's own cancellation: their place goes to the first in line, in one transaction. */
export async function cancelRegistration(
  payload: Payload,
  id: number,
  now = new Date(),
): Promise<CancelOutcome> {
  return inTransaction(payload, async (req) => {
    const reg = await payload.findByID({
      collection: 'event-registrations',
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!reg || reg.status === 'cancelled') return { cancelled: null, promoted: [] }
    const cancelled = await payload.update({
      collection: 'event-registrations',
      id,
      data: { status: 'cancelled', cancelledAt: now.toISOString() },
      depth: 0,
      req,
      context: { promotionHandled: true },
    })
    const promoted =
      reg.status === 'confirmed' ? await promoteFromWaitlist(payload, targetOf(reg), req, now) : []
    return { cancelled, promoted }
  })
}
