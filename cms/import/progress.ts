/**
 * Progress of a running import for a person watching: a redrawn bar with counts and rate on a
 * terminal, a plain line every few seconds otherwise (logs, CI), so neither floods the other.
 */
import type { ImportProgress } from './importBusinesses'

const n = (v: number) => Math.round(v).toLocaleString('en')

function bar(fraction: number, width = 24): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)))
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
}

export function describeProgress(p: ImportProgress, elapsedMs: number, withBar: boolean): string {
  if (p.phase === 'writing')
    return `${withBar ? `${bar(p.total ? p.done / p.total : 1)} ` : ''}writing ${n(p.done)}/${n(p.total)} businesses`
  const fraction = p.totalBytes ? p.bytesRead / p.totalBytes : 0
  const rate = elapsedMs > 0 ? (p.read / elapsedMs) * 1000 : 0
  const head = withBar
    ? `${bar(fraction)} ${Math.floor(fraction * 100)}%`
    : `reading ${Math.floor(fraction * 100)}%:`
  return `${head} ${n(p.read)} entities read, ${n(p.inMunicipality)} in the municipality, ${n(rate)}/s`
}

export interface ProgressReporter {
  onProgress: (p: ImportProgress) => void
  /** Ends the bar's line so the summary starts on a fresh one. */
  finish: () => void
}

export function progressReporter(
  out: NodeJS.WriteStream = process.stderr,
  lineEveryMs = 5000,
): ProgressReporter {
  const started = Date.now()
  const tty = Boolean(out.isTTY)
  let lastDraw = 0
  let lastPhase: ImportProgress['phase'] | null = null
  let drewBar = false
  return {
    onProgress(p) {
      const now = Date.now()
      const phaseChanged = p.phase !== lastPhase
      if (!phaseChanged && now - lastDraw < (tty ? 100 : lineEveryMs)) return
      if (tty && phaseChanged && drewBar) out.write('\n')
      lastDraw = now
      lastPhase = p.phase
      const text = describeProgress(p, now - started, tty)
      if (tty) {
        out.write(`\r${text}\x1b[K`)
        drewBar = true
      } else out.write(`${text}\n`)
    },
    finish() {
      if (tty && drewBar) out.write('\n')
    },
  }
}
