/**
 * What an advisor needs to see on Monday morning: their own businesses, actions past their due
 * date, followed businesses nobody has met for six months, and the needs recorded this quarter.
 * Plain functions over businesses as the Local API returns them (depth 0).
 */
import type { Business } from '../payload-types'
import { fromOsloWallClock, osloParts } from '../../common/oslo'

export type AdvisorBusiness = Pick<
  Business,
  'id' | 'name' | 'registerStatus' | 'contactPerson' | 'developmentPlan' | 'needs' | 'meetingLog'
>

export const NO_MEETING_MONTHS = 6
/** "Due soon": today and the next seven days, what the week's reminder email lists too. */
export const DUE_SOON_DAYS = 7
const OPEN_STATUSES = new Set(['planned', 'in-progress'])

export interface OverdueAction {
  businessId: number
  businessName: string
  goal: string
  action: string
  owner: string | null
  dueDate: string
  status: string
  contactPerson: number | null
}

export interface BusinessWithoutMeeting {
  id: number
  name: string
  lastMeeting: string | null
  contactPerson: number | null
}

export interface RecentNeed {
  businessId: number
  businessName: string
  topic: number
  priority: string
  note: string | null
  recordedAt: string
}

export interface MyBusiness {
  id: number
  name: string
  lastMeeting: string | null
  openActions: number
  overdueActions: number
}

export interface AdvisorDashboard {
  myBusinesses: MyBusiness[]
  overdueActions: OverdueAction[]
  /** Open actions due today or in the next DUE_SOON_DAYS days, soonest first. */
  dueSoonActions: OverdueAction[]
  noRecentMeeting: BusinessWithoutMeeting[]
  needsThisQuarter: RecentNeed[]
  quarter: { start: string; label: string }
}

const idOf = (v: number | { id: number } | null | undefined) =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : v.id
const isActive = (b: AdvisorBusiness) => (b.registerStatus ?? 'active') === 'active'

export function startOfOsloDay(now: Date): Date {
  const p = osloParts(now)
  return fromOsloWallClock(p.year, p.month, p.day)
}

/** The calendar quarter in Oslo: Q1 starts 1 January 00:00 Oslo time. */
export function osloQuarter(now: Date): { start: Date; label: string } {
  const p = osloParts(now)
  const q = Math.floor((p.month - 1) / 3)
  return { start: fromOsloWallClock(p.year, q * 3 + 1, 1), label: `Q${q + 1} ${p.year}` }
}

export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now)
  d.setUTCMonth(d.getUTCMonth() - months)
  return d
}

export function lastMeetingOf(b: AdvisorBusiness): string | null {
  const dates = (b.meetingLog ?? []).map((m) => m.date).filter(Boolean)
  return dates.length ? dates.reduce((a, c) => (Date.parse(c) > Date.parse(a) ? c : a)) : null
}

/** Open actions whose due day has passed (an action due today is not overdue yet). */
export function overdueActionsOf(b: AdvisorBusiness, now: Date): OverdueAction[] {
  const today = startOfOsloDay(now).getTime()
  return (b.developmentPlan ?? []).flatMap((goal) =>
    (goal.actions ?? [])
      .filter(
        (a) =>
          a.dueDate && Date.parse(a.dueDate) < today && OPEN_STATUSES.has(a.status ?? 'planned'),
      )
      .map((a) => ({
        businessId: b.id,
        businessName: b.name,
        goal: goal.goal,
        action: a.text,
        owner: a.owner ?? null,
        dueDate: a.dueDate!,
        status: a.status ?? 'planned',
        contactPerson: idOf(b.contactPerson),
      })),
  )
}

/** Open actions due from today up to DUE_SOON_DAYS days ahead (Oslo days). */
export function dueSoonActionsOf(b: AdvisorBusiness, now: Date): OverdueAction[] {
  const today = startOfOsloDay(now)
  // The start of the Oslo day after the window; the extra 3 h keeps a DST night from landing short.
  const end = startOfOsloDay(
    new Date(today.getTime() + (DUE_SOON_DAYS + 1) * 86_400_000 + 3 * 3600_000),
  )
  return (b.developmentPlan ?? []).flatMap((goal) =>
    (goal.actions ?? [])
      .filter((a) => {
        const due = a.dueDate ? Date.parse(a.dueDate) : NaN
        return (
          due >= today.getTime() && due < end.getTime() && OPEN_STATUSES.has(a.status ?? 'planned')
        )
      })
      .map((a) => ({
        businessId: b.id,
        businessName: b.name,
        goal: goal.goal,
        action: a.text,
        owner: a.owner ?? null,
        dueDate: a.dueDate!,
        status: a.status ?? 'planned',
        contactPerson: idOf(b.contactPerson),
      })),
  )
}

export function advisorDashboard(
  businesses: AdvisorBusiness[],
  { userId, now }: { userId: number; now: Date },
): AdvisorDashboard {
  const active = businesses.filter(isActive)
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nn')

  const myBusinesses = active
    .filter((b) => idOf(b.contactPerson) === userId)
    .map((b) => ({
      id: b.id,
      name: b.name,
      lastMeeting: lastMeetingOf(b),
      openActions: (b.developmentPlan ?? [])
        .flatMap((g) => g.actions ?? [])
        .filter((a) => OPEN_STATUSES.has(a.status ?? 'planned')).length,
      overdueActions: overdueActionsOf(b, now).length,
    }))
    .sort(byName)

  const overdueActions = active
    .flatMap((b) => overdueActionsOf(b, now))
    .sort((a, b) => Date.parse(a.dueDate) - Date.parse(b.dueDate))
  const dueSoonActions = active
    .flatMap((b) => dueSoonActionsOf(b, now))
    .sort((a, b) => Date.parse(a.dueDate) - Date.parse(b.dueDate))

  // Only businesses the office follows (they have a contact person): the rest of the register
  // has never been met and would bury the ones that matter.
  const cutoff = monthsBefore(now, NO_MEETING_MONTHS).getTime()
  const noRecentMeeting = active
    .filter((b) => idOf(b.contactPerson) !== null)
    .map((b) => ({
      id: b.id,
      name: b.name,
      lastMeeting: lastMeetingOf(b),
      contactPerson: idOf(b.contactPerson),
    }))
    .filter((b) => b.lastMeeting === null || Date.parse(b.lastMeeting) < cutoff)
    .sort(
      (a, b) =>
        (a.lastMeeting === null
          ? -1
          : b.lastMeeting === null
            ? 1
            : Date.parse(a.lastMeeting) - Date.parse(b.lastMeeting)) || byName(a, b),
    )

  const quarter = osloQuarter(now)
  const needsThisQuarter = active
    .flatMap((b) =>
      (b.needs ?? [])
        .filter(
          (n) =>
            n.recordedAt &&
            Date.parse(n.recordedAt) >= quarter.start.getTime() &&
            Date.parse(n.recordedAt) <= now.getTime(),
        )
        .map((n) => ({
          businessId: b.id,
          businessName: b.name,
          topic: idOf(n.topic)!,
          priority: n.priority ?? 'medium',
          note: n.note ?? null,
          recordedAt: n.recordedAt!,
        })),
    )
    .sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt))

  return {
    myBusinesses,
    overdueActions,
    dueSoonActions,
    noRecentMeeting,
    needsThisQuarter,
    quarter: { start: quarter.start.toISOString(), label: quarter.label },
  }
}
