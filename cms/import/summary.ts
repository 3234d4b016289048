/** The import's result as a person reads it at the end of `npm run import:businesses`. */
import path from 'node:path'

import type { ImportSummary } from './importBusinesses'

const FORMAT_NAMES = { bulk: 'bulk download', 'search-page': 'saved search page' } as const
const SHOWN_PROBLEMS = 20

/** `peakRssMb`: the process's peak memory, which only the script running the import knows. */
export function formatSummary(s: ImportSummary, { peakRssMb }: { peakRssMb?: number } = {}): string {
  const rows: [string, number, string?][] = [
    ['read', s.read],
    ['in municipality', s.inMunicipality],
    ['created', s.created],
    ['updated', s.updated],
    ['unchanged', s.unchanged],
    ['flagged', s.flagged, 'newly bankrupt, being wound up or gone from the register'],
    ['skipped', s.skipped, s.skipped ? 'malformed records, listed below' : undefined],
  ]
  const width = Math.max(...rows.map(([, v]) => v.toLocaleString('en').length))
  const lines = [`${path.basename(s.file)} (${FORMAT_NAMES[s.format]}) → businesses in municipality ${s.municipality}`]
  for (const [label, value, note] of rows) {
    lines.push(`  ${label.padEnd(16)}${value.toLocaleString('en').padStart(width)}${note ? `  (${note})` : ''}`)
  }
  const rate = s.durationMs > 0 ? Math.round(s.read / (s.durationMs / 1000)).toLocaleString('en') : '–'
  lines.push(`  took ${(s.durationMs / 1000).toFixed(1)} s (${rate} entities/s)${peakRssMb ? `, peak memory ${Math.round(peakRssMb)} MB` : ''}`)
  if (s.goneFromRegister) lines.push(`  ${s.goneFromRegister} of the flagged are no longer in the register at all.`)
  if (s.problems.length) {
    lines.push('Skipped records:')
    for (const p of s.problems.slice(0, SHOWN_PROBLEMS)) lines.push(`  record ${p.position.index} (${p.position.path}): ${p.reason}`)
    if (s.problems.length > SHOWN_PROBLEMS) lines.push(`  …and ${s.problems.length - SHOWN_PROBLEMS} more`)
  }
  if (s.page && s.page.totalPages > 1) {
    lines.push(`Note: this was page ${s.page.number + 1} of ${s.page.totalPages} of the search (${s.page.totalElements} entities); import the other pages too.`)
  }
  if (s.format === 'search-page') lines.push('A search page holds only part of the register: businesses missing from it were not flagged as gone.')
  return lines.join('\n')
}
