/**
 * Staff's attendee list of one event (`?event=ID`) or course (`?course=ID`):
 * GET /api/event-registrations/attendees?event=ID&format=csv
 * (for Norwegian Excel: semicolons, a UTF-8 byte-order mark, CRLF) or &format=print (a page to
 * print and tick off at the door). Staff only; never cached.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../../common/html'
import { formatDateTime } from '../../../common/oslo'
import { hasRole } from '../../access/roles'
import type { EventRegistration } from '../../payload-types'
import { json } from '../../http/respond'
import { loadTarget, ofTarget, type SignupTarget } from '../targets'

const STATUS: Record<string, string> = {
  confirmed: 'Har plass',
  waitlisted: 'Venteliste',
  cancelled: 'Avmeld',
}
const ATTENDANCE: Record<string, string> = {
  unknown: '',
  attended: 'Møtte',
  'no-show': 'Møtte ikkje',
}

const COLUMNS: [string, (r: EventRegistration) => string][] = [
  ['Namn', (r) => r.name ?? ''],
  ['E-post', (r) => r.email ?? ''],
  ['Organisasjonsnummer', (r) => r.orgNumber ?? ''],
  ['Telefon', (r) => r.phone ?? ''],
  ['Allergiar og kosthald', (r) => r.dietary ?? ''],
  ['Tilrettelegging', (r) => r.accessibility ?? ''],
  ['Melding', (r) => r.message ?? ''],
  ['Status', (r) => STATUS[r.status] ?? r.status],
  ['Oppmøte', (r) => ATTENDANCE[r.attendance ?? 'unknown'] ?? ''],
  ['Påmeld', (r) => formatDateTime(r.createdAt, 'nn')],
]

/** A cell Excel reads as text: quoted when needed, and a leading =, +, - or @ defused. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function attendeesCsv(regs: EventRegistration[]): string {
  const rows = [COLUMNS.map(([h]) => h), ...regs.map((r) => COLUMNS.map(([, f]) => f(r)))]
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`
}

export function attendeesPrintPage(
  event: Pick<SignupTarget, 'title' | 'startsAt' | 'capacity'>,
  regs: EventRegistration[],
): string {
  const active = regs.filter((r) => r.status !== 'cancelled')
  const confirmed = active.filter((r) => r.status === 'confirmed')
  const rows = active
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${escapeHtml(r.name ?? '')}</td><td>${escapeHtml(r.orgNumber ?? '')}</td><td>${escapeHtml([r.dietary, r.accessibility].filter(Boolean).join('; '))}</td><td>${escapeHtml(STATUS[r.status] ?? '')}</td><td class="box">☐</td></tr>`,
    )
    .join('\n')
  return `<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Deltakarliste: ${escapeHtml(event.title)}</title>
<style>body{font:14px/1.4 system-ui,Arial,sans-serif;margin:24px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:6px;text-align:left;vertical-align:top}.box{font-size:18px;text-align:center}@media print{a{display:none}}</style></head>
<body><h1>Deltakarliste: ${escapeHtml(event.title)}</h1>
<p>${escapeHtml(formatDateTime(event.startsAt, 'nn'))} · ${confirmed.length} med plass${event.capacity ? ` av ${event.capacity}` : ''}, ${active.length - confirmed.length} på venteliste</p>
<table><thead><tr><th scope="col">#</th><th scope="col">Namn</th><th scope="col">Org.nr.</th><th scope="col">Kosthald / tilrettelegging</th><th scope="col">Status</th><th scope="col">Møtte</th></tr></thead>
<tbody>${rows}</tbody></table></body></html>`
}

async function attendees(req: PayloadRequest): Promise<Response> {
  if (!hasRole(req.user, 'admin', 'editor', 'advisor'))
    return json(403, { error: 'Staff only: log in to the admin first' })
  const kind = req.searchParams.has('course') ? 'course' : 'event'
  const id = Number(req.searchParams.get(kind))
  const event =
    Number.isInteger(id) && id > 0
      ? await loadTarget(req.payload, { kind, id }, { locale: 'nn' })
      : null
  if (!event)
    return json(404, { error: 'No such event or course: give ?event=<id> or ?course=<id>' })
  const regs = (
    await req.payload.find({
      collection: 'event-registrations',
      where: ofTarget(event.ref),
      sort: ['createdAt', 'id'],
      pagination: false,
      depth: 0,
    })
  ).docs
  const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' }
  if (req.searchParams.get('format') === 'print')
    return new Response(attendeesPrintPage(event, regs), {
      headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
    })
  return new Response(attendeesCsv(regs), {
    headers: {
      ...headers,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="deltakarar-${kind === 'course' ? 'kurs-' : ''}${id}.csv"`,
    },
  })
}

export const attendeeListEndpoint: Endpoint = {
  path: '/attendees',
  method: 'get',
  handler: attendees,
}
