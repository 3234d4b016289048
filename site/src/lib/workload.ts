/**
 * A course's workload (cms/collections/Courses/workload.ts): in words for the page, and as the
 * ISO 8601 duration Google's course rules read from `courseWorkload`.
 */
import type { Locale } from '../../../common/routes'
import { fill } from './describe'
import { tr } from '../i18n/strings'

export interface Workload {
  hours?: number | null
  per?: 'total' | 'week' | null
  weeks?: number | null
}

const usable = (w: Workload | null | undefined): w is Workload & { hours: number } =>
  typeof w?.hours === 'number' && w.hours > 0 && (w.per !== 'week' || (w.weeks ?? 0) >= 1)

/** Hours a participant spends in all; null when the editor gave none. */
export const totalHours = (w: Workload | null | undefined): number | null =>
  usable(w) ? (w.per === 'week' ? w.hours * w.weeks! : w.hours) : null

/** PT15H, PT1H30M: whole minutes of a number of hours. */
export function isoDuration(hours: number): string {
  const minutes = Math.round(hours * 60)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h || m ? `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : 'PT0H'
}

const hoursText = (h: number, locale: Locale) => {
  const s = tr(locale)
  const n = h.toLocaleString(locale === 'nn' ? 'nn-NO' : 'en-GB', { maximumFractionDigits: 1 })
  return `${n} ${h === 1 ? s.hour : s.hours}`
}

/** "15 timar totalt", "3 timar i veka i 4 veker"; null when the editor gave none. */
export function workloadText(w: Workload | null | undefined, locale: Locale): string | null {
  if (!usable(w)) return null
  const s = tr(locale)
  return w.per === 'week'
    ? fill(s.workloadWeekly, { hours: hoursText(w.hours, locale), weeks: String(w.weeks) })
    : fill(s.workloadTotal, { hours: hoursText(w.hours, locale) })
}
