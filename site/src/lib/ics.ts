/**
 * iCalendar (RFC 5545) for events: times as Europe/Oslo wall clock with a VTIMEZONE, so calendar
 * apps show 09:00 in Vinje whatever zone the reader's phone is in, across summer-time changes.
 * Cancelled events stay in the feed with STATUS:CANCELLED so subscribers' calendars update.
 */
import { formatDateTime, OSLO as TZID, osloParts } from '../../../common/oslo'
import type { Locale } from '../../../common/routes'
import { plainText } from './describe'
import { t } from './localize'
import type { SiteEvent } from './types'

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

const pad = (n: number) => String(n).padStart(2, '0')

function osloLocal(iso: string) {
  const p = osloParts(new Date(iso))
  return {
    date: `${p.year}${pad(p.month)}${pad(p.day)}`,
    time: `${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`,
  }
}

const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** TEXT values escape backslash, semicolon, comma and newlines. */
export const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8')
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  for (const ch of line) {
    const n = Buffer.byteLength(ch)
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
      size = 0
    }
    current += ch
    size += n
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const nextDay = (yyyymmdd: string) => {
  const d = new Date(
    Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8) + 1),
  )
  return d.toISOString().slice(0, 10).replace(/-/g, '')
}

/**
 * The event's text for the calendar entry, with the registration deadline first: calendar apps
 * have no property for it, and it is the date a reader must not miss.
 */
function eventDescription(e: SiteEvent, locale: Locale): string {
  const deadline = e.registration?.deadline
  return [
    deadline
      ? `${locale === 'nn' ? 'Påmeldingsfrist' : 'Registration deadline'}: ${formatDateTime(deadline, locale)}`
      : '',
    plainText(t(e.descriptionHtml, locale)),
  ]
    .filter(Boolean)
    .join('\n\n')
}

export function eventLines(
  e: SiteEvent,
  locale: Locale,
  opts: { url: string; host: string; stamp: string },
): string[] {
  const start = osloLocal(e.startsAt)
  const end = e.endsAt ? osloLocal(e.endsAt) : null
  const title = t(e.title, locale) ?? ''
  const description = eventDescription(e, locale)
  const place = [t(e.venue, locale), e.address].filter(Boolean).join(', ') || e.onlineUrl || ''
  const when = e.allDay
    ? [
        `DTSTART;VALUE=DATE:${start.date}`,
        `DTEND;VALUE=DATE:${nextDay(end && end.date > start.date ? end.date : start.date)}`,
      ]
    : [
        `DTSTART;TZID=${TZID}:${start.date}T${start.time}`,
        ...(end ? [`DTEND;TZID=${TZID}:${end.date}T${end.time}`] : []),
      ]
  return [
    'BEGIN:VEVENT',
    `UID:event-${e.id}@${opts.host}`,
    `DTSTAMP:${utcStamp(opts.stamp)}`,
    `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
    `SEQUENCE:${Math.floor(new Date(e.updatedAt).getTime() / 1000) % 2147483647}`,
    ...when,
    `SUMMARY:${escapeText(e.cancelled ? `${locale === 'nn' ? 'AVLYST' : 'CANCELLED'}: ${title}` : title)}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    `URL:${opts.url}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ]
}

export function calendar(
  events: { event: SiteEvent; url: string }[],
  locale: Locale,
  opts: { name: string; host: string; stamp?: string },
): string {
  const stamp = opts.stamp ?? new Date().toISOString()
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Naeringshub//${opts.host}//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...events.flatMap(({ event, url }) =>
      eventLines(event, locale, { url, host: opts.host, stamp }),
    ),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
