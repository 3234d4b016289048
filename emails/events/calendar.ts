/**
 * One event as an iCalendar file (RFC 5545) to attach to an attendee's email. Times are written in
 * UTC (…Z): every calendar app shows them in the reader's own zone, so 09:00 in Vinje stays 09:00
 * across summer time without a VTIMEZONE block. The UID is the event's, so a later "moved" or
 * "cancelled" file updates the same calendar entry instead of adding a second.
 */
export interface CalendarEvent {
  id: string | number
  /** A course's file holds one entry per session. */
  kind?: 'event' | 'course'
  sessions?: { startsAt: string; endsAt?: string | null }[]
  title: string
  startsAt: string
  endsAt?: string | null
  place?: string
  url: string
  cancelled?: boolean
  /** Changes each time the event changes (a later file replaces an earlier one). */
  updatedAt: string
}

const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line
  const parts: string[] = []
  let current = ''
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
    }
    current += ch
  }
  return [...parts, current].join('\r\n ')
}

export function eventCalendar(e: CalendarEvent, host: string): string {
  const course = e.kind === 'course'
  const entries = course && e.sessions?.length ? e.sessions : [e]
  const vevent = (s: { startsAt: string; endsAt?: string | null }, i: number) => [
    'BEGIN:VEVENT',
    course ? `UID:course-${e.id}-${i + 1}@${host}` : `UID:event-${e.id}@${host}`,
    `DTSTAMP:${stamp(e.updatedAt)}`,
    `SEQUENCE:${Math.floor(new Date(e.updatedAt).getTime() / 1000) % 2147483647}`,
    `DTSTART:${stamp(s.startsAt)}`,
    `DTEND:${stamp(s.endsAt ?? new Date(new Date(s.startsAt).getTime() + 2 * 3600_000).toISOString())}`,
    `SUMMARY:${escapeText(e.title)}`,
    ...(e.place ? [`LOCATION:${escapeText(e.place)}`] : []),
    `URL:${e.url}`,
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ]
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Naeringshub//${host}//EN`,
    'CALSCALE:GREGORIAN',
    `METHOD:${e.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...entries.flatMap(vevent),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}

/** The file as an email attachment (base64, as Resend takes it). */
export const calendarAttachment = (e: CalendarEvent, host: string) => ({
  filename: e.kind === 'course' ? 'kurs.ics' : 'arrangement.ics',
  content: Buffer.from(eventCalendar(e, host), 'utf8').toString('base64'),
  contentType: 'text/calendar; charset=utf-8; method=' + (e.cancelled ? 'CANCEL' : 'PUBLISH'),
})
