/** Every date and time on the site is Oslo's wall clock, whatever the build machine's zone. */
import type { Locale } from '../i18n/routes'

const TZ = 'Europe/Oslo'
const intlLocale = (locale: Locale) => (locale === 'nn' ? 'nn-NO' : 'en-GB')

export const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TZ, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso))

export const formatDateTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

export const formatTime = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

const osloDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(iso))

/** "tysdag 1. desember 2026, 09:00–11:30" (same day) or start – end in full. */
export function formatRange(start: string, end: string | null | undefined, locale: Locale, allDay = false): string {
  if (allDay) return formatDate(start, locale)
  if (!end) return formatDateTime(start, locale)
  if (osloDay(start) === osloDay(end)) return `${formatDateTime(start, locale)}–${formatTime(end, locale)}`
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`
}
