/**
 * Europe/Oslo wall-clock time <-> UTC instants, without a timezone library: Intl knows the rules
 * (CET/CEST switches), we only ask it for the offset at an instant.
 */
import { intlLocale, type Locale } from './locales'

export const OSLO = 'Europe/Oslo'

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Oslo's wall clock at an instant, as numbers. */
export function osloParts(instant: Date) {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]))
  return {
    year: +p.year,
    month: +p.month,
    day: +p.day,
    hour: +p.hour,
    minute: +p.minute,
    second: +p.second,
  }
}

/** Minutes Oslo is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: Date): number {
  const p = osloParts(instant)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000)
}

/** The UTC instant of an Oslo wall-clock time (month 1–12). */
export function fromOsloWallClock(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute)
  let instant = new Date(guess - osloOffsetMinutes(new Date(guess)) * 60000)
  // Near a switch the first guess can use the other side's offset: correct once.
  instant = new Date(guess - osloOffsetMinutes(instant) * 60000)
  return instant
}

/** Oslo's calendar date `days` after today's, at hh:mm Oslo time. */
export function osloDaysFromNow(days: number, time = '00:00', now = new Date()): Date {
  const today = osloParts(now)
  const [h, m] = time.split(':').map(Number)
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days))
  return fromOsloWallClock(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), h, m)
}

// Dates as readers see them: always Oslo's wall clock, whatever the machine's zone.
// Made once per locale and style: creating an Intl.DateTimeFormat costs far more than using one,
// and a site build formats tens of thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>()
const format = (locale: Locale, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale} ${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: OSLO, ...options })
    formatters.set(key, formatter)
  }
  return formatter
}

/** "8. desember 2026" / "8 December 2026". */
export const formatDate = (iso: string, locale: Locale) =>
  format(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))

/** "tysdag 8. desember 2026 kl. 09:00" / "Tuesday 8 December 2026 at 09:00". */
export const formatDateTime = (iso: string, locale: Locale) =>
  format(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

/** Without the year, for emails about the coming weeks: "tysdag 8. desember kl. 09:00". */
export const formatWeekdayTime = (iso: string, locale: Locale) =>
  format(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))

export const formatTime = (iso: string, locale: Locale) =>
  format(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

export const formatMonth = (iso: string, locale: Locale) =>
  format(locale, { month: 'long', year: 'numeric' }).format(new Date(iso))

/** Oslo's calendar day of an instant as YYYY-MM-DD. */
const dayFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: OSLO })
export const osloDay = (iso: string) => dayFormatter.format(new Date(iso))

/** "tysdag 1. desember 2026, 09:00–11:30" (same day) or start – end in full. */
export function formatRange(
  start: string,
  end: string | null | undefined,
  locale: Locale,
  allDay = false,
): string {
  if (allDay) return formatDate(start, locale)
  if (!end) return formatDateTime(start, locale)
  if (osloDay(start) === osloDay(end)) {
    return `${formatDateTime(start, locale)}–${formatTime(end, locale)}`
  }
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`
}
