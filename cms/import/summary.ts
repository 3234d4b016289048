/** The import's result as a person reads it at the end of `npm run import:businesses`. */
import path from 'node:path'

import type { FileRead, ImportSummary } from './importBusinesses'

const FORMAT_NAMES = {
  bulk: 'bulk download',
  'search-page': 'saved search page',
  single: 'single record',
} as const
const KIND_NAMES = {
  enhet: 'entities (enheter)',
  underenhet: 'establishments (underenheter)',
} as const
const SHOWN_PROBLEMS = 20

const describeFile = (f: FileRead) =>
  `${path.basename(f.file)} (${FORMAT_NAMES[f.format]} of ${KIND_NAMES[f.kind]}, ` +
  `${f.records.toLocaleString('en')} records)`

/** Why businesses missing from this file were not flagged as gone. */
function notComplete(f: FileRead): string {
  if (f.format === 'search-page') {
    return 'A search page holds only part of the register: businesses missing from it were not flagged as gone.'
  }
  if (f.format === 'single') return 'A single record proves nothing about other businesses.'
  return (
    `${path.basename(f.file)} is not recognised as a complete national download (too few ` +
    'records): businesses missing from it were not flagged as gone. If it is the complete ' +
    'register, run again with --complete-register.'
  )
}

/** `peakRssMb`: the process's peak memory, which only the script running the import knows. */
export function formatSummary(
  s: ImportSummary,
  { peakRssMb }: { peakRssMb?: number } = {},
): string {
  const rows: [string, number, string?][] = [
    ['read', s.read],
    ['in municipality', s.inMunicipality],
    ['created', s.created],
    ['updated', s.updated],
    ['unchanged', s.unchanged],
    ['flagged', s.flagged, 'newly bankrupt, being wound up or gone from the register'],
    ['linked', s.linked, s.linked ? 'establishments linked to their parent' : undefined],
    ['skipped', s.skipped, s.skipped ? 'malformed records, listed below' : undefined],
  ]
  const width = Math.max(...rows.map(([, v]) => v.toLocaleString('en').length))
  const lines = [
    `${s.files.map(describeFile).join(' + ')} → businesses in municipality ${s.municipality}`,
  ]
  for (const [label, value, note] of rows) {
    const count = value.toLocaleString('en').padStart(width)
    lines.push(`  ${label.padEnd(16)}${count}${note ? `  (${note})` : ''}`)
  }
  const rate =
    s.durationMs > 0 ? Math.round(s.read / (s.durationMs / 1000)).toLocaleString('en') : '–'
  const peak = peakRssMb ? `, peak memory ${Math.round(peakRssMb)} MB` : ''
  lines.push(`  took ${(s.durationMs / 1000).toFixed(1)} s (${rate} entities/s)${peak}`)
  if (s.goneFromRegister) {
    lines.push(`  ${s.goneFromRegister} of the flagged are no longer in the register at all.`)
  }
  if (s.problems.length) {
    lines.push('Skipped records:')
    for (const p of s.problems.slice(0, SHOWN_PROBLEMS)) {
      lines.push(`  record ${p.position.index} (${p.position.path}): ${p.reason}`)
    }
    if (s.problems.length > SHOWN_PROBLEMS)
      lines.push(`  …and ${s.problems.length - SHOWN_PROBLEMS} more`)
  }
  for (const f of s.files) {
    if (f.page && f.page.totalPages > 1) {
      lines.push(
        `Note: ${path.basename(f.file)} was page ${f.page.number + 1} of ${f.page.totalPages} of ` +
          `the search (${f.page.totalElements} records); import the other pages too.`,
      )
    }
    if (!f.complete) lines.push(notComplete(f))
  }
  return lines.join('\n')
}
