/**
 * The matching report as CSV for a spreadsheet: one row per topic. Made for Norwegian Excel:
 * semicolons between cells (its list separator; a comma-separated file opens as one column) and a
 * BOM so it reads æøå as UTF-8. Cells a spreadsheet would run as a formula get a leading apostrophe.
 */
import type { TopicMatch } from './matchNeedsToCourses'

export const CSV_SEPARATOR = ';'

export const CSV_HEADER = [
  'Tema',
  'Tema (slug)',
  'Verksemder med behov',
  'Høg prioritet',
  'Middels prioritet',
  'Låg prioritet',
  'Verksemder',
  'Kommande kurs',
  'Kurs',
  'Tilbydarar',
  'Manglar tilbod',
]

function cell(value: string | number): string {
  let s = String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function matchingReportCsv(report: TopicMatch[]): string {
  const rows = report.map((r) => [
    r.topic.name,
    r.topic.slug,
    r.need.total,
    r.need.high,
    r.need.medium,
    r.need.low,
    r.businesses.map((b) => b.name).join('; '),
    r.courses.length,
    r.courses.map((c) => (c.providerName ? `${c.title} (${c.providerName})` : c.title)).join('; '),
    r.providers.map((p) => p.name).join('; '),
    r.gap ? 'ja' : 'nei',
  ])
  return `\uFEFF${[CSV_HEADER, ...rows].map((row) => row.map(cell).join(CSV_SEPARATOR)).join('\r\n')}\r\n`
}
