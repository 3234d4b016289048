/**
 * bench/import.ts: the register import at national scale.
 * Writes a bulk download in the real format (gzipped JSON array) with 1,100,000 entities, ~600 of
 * them in Vinje (4036), then runs `npm run import:businesses` on it twice against a scratch
 * database: the first run creates the businesses, the second finds them all unchanged. The import
 * prints its own time and the process's peak RSS; this script collects them into a table.
 * Target: ≤ 60 s and ≤ 300 MB peak RSS per run. BENCH_ENTITIES / BENCH_LOCAL change the sizes.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { writeBulkFile } from '../test/helpers/brregBulk'
import { printTable, s } from './lib'

const TOTAL = Number(process.env.BENCH_ENTITIES ?? 1_100_000)
const LOCAL = Number(process.env.BENCH_LOCAL ?? 600)
const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-import-'))
const file = path.join(dir, 'enheter_alle.json.gz')

interface RunFigures {
  output: string
  wallMs: number
}

function runImport(): Promise<RunFigures> {
  const started = performance.now()
  const child = spawn('npm', ['run', '--silent', 'import:businesses', '--', '--file', file, '--kommune', '4036'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', APP_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve({ output, wallMs: performance.now() - started }) : reject(new Error(`import failed (exit ${code}):\n${output}`)))),
  )
}

/** Reads the figures back from the summary the import prints. */
function figures(label: string, run: RunFigures) {
  const count = (name: string) => Number(new RegExp(`^\\s+${name}\\s+([\\d,]+)`, 'm').exec(run.output)?.[1].replace(/,/g, '') ?? NaN)
  const took = /took ([\d.]+) s \(([\d,]+) entities\/s\), peak memory (\d+) MB/.exec(run.output)
  if (!took) throw new Error(`no timing line in the import's output:\n${run.output}`)
  return {
    run: label,
    'import time': `${took[1]} s`,
    'entities/s': took[2],
    'peak RSS': `${took[3]} MB`,
    'wall incl. start': s(run.wallMs),
    read: count('read').toLocaleString('en'),
    created: count('created'),
    unchanged: count('unchanged'),
  }
}

console.log(`scratch folder: ${dir}`)
const g0 = performance.now()
const { inMunicipality } = await writeBulkFile(file, { total: TOTAL, inMunicipality: LOCAL })
const generateMs = performance.now() - g0
const sizeMb = fs.statSync(file).size / 1e6

const first = await runImport()
const second = await runImport()
printTable(`Register import: ${TOTAL.toLocaleString('en')} entities, ${inMunicipality} in 4036, ${sizeMb.toFixed(0)} MB gzipped (generated in ${s(generateMs)})`, [
  figures('first import', first),
  figures('same file again', second),
])
console.log('target: ≤ 60 s and ≤ 300 MB peak RSS per run (MB = MiB, from getrusage maxrss)')
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
