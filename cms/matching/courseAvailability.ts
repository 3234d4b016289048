/**
 * When a course counts as "on offer" for the broker: a session starts, or signup closes, within
 * the next six months; self-paced courses (LMS) are always available. Past courses and courses
 * further out than six months do not fill a need now.
 */
import { fromOsloWallClock, osloParts } from '../../common/oslo'

export const HORIZON_MONTHS = 6

export interface CourseDates {
  format?: string | null
  sessions?: { startsAt: string }[] | null
  signupDeadline?: string | null
}

export interface Availability {
  available: boolean
  selfPaced: boolean
  /** The first session or signup deadline inside the horizon, for sorting and display. */
  nextDate: string | null
}

/** Six calendar months ahead, same clock time. */
export function horizonEnd(now: Date, months = HORIZON_MONTHS): Date {
  const end = new Date(now)
  end.setUTCMonth(end.getUTCMonth() + months)
  return end
}

/** A signup deadline is a day: it is still open all of that day in Oslo. */
function startOfOsloDay(now: Date): Date {
  const p = osloParts(now)
  return fromOsloWallClock(p.year, p.month, p.day)
}

export function courseAvailability(course: CourseDates, now: Date): Availability {
  const end = horizonEnd(now).getTime()
  const dates: number[] = []
  for (const s of course.sessions ?? []) {
    const t = new Date(s.startsAt).getTime()
    if (t >= now.getTime() && t <= end) dates.push(t)
  }
  if (course.signupDeadline) {
    const t = new Date(course.signupDeadline).getTime()
    if (t >= startOfOsloDay(now).getTime() && t <= end) dates.push(t)
  }
  const selfPaced = course.format === 'self-paced'
  const nextDate = dates.length ? new Date(Math.min(...dates)).toISOString() : null
  return { available: selfPaced || nextDate !== null, selfPaced, nextDate }
}
