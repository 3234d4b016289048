/**
 * bench/import.ts: the register import at national scale.
 * Uses both national downloads at their real size and shape (bench/registerFiles.ts: 1,170,000
 * enheter in ~210 MB gzipped and 1,000,000 underenheter, pretty-printed, every field real records
 * carry; BENCH_ENHETER / BENCH_UNDERENHETER), made once and kept in the system temp folder. About
 * 585 enheter and 714 underenheter are in Vinje (4036). Runs `npm run import:businesses` with both
 * files against a scratch database twice (first import, same files again), then the daily update
 * (`--updates`) against the local fake of the register with a day's changes (BENCH_CHANGES,
 * default 6,000: new units, changes, deletions; a few dozen in Vinje). Prints a table with the
 * machine's load beside each figure.
 * Targets: both files ≤ 90 s together and ≤ 300 MB peak RSS; the daily update ≤ 5 s.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startFakeBrreg } from '../cms/import/fake-brreg'
import { printTable, s } from './lib'
import { registerFiles } from './registerFiles'

const ENHETER = Number(process.env.BENCH_ENHETER ?? 1_170_000)
const UNDERENHETER = Number(process.env.BENCH_UNDERENHETER ?? 1_000_000)
const CHANGES = Number(process.env.BENCH_CHANGES ?? 6_000)
const KOMMUNE = '4036'
const LOCAL_EVERY = 2000 // one in 2,000 enheter is in Vinje: ~585
const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-import-'))

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

interface RunFigures {
  output: string
  wallMs: number
  loadBefore: string
  loadAfter: string
}

function runCli(args: string[], extraEnv: Record<string, string> = {}): Promise<RunFigures> {
  const loadBefore = load()
  const started = performance.now()
  const child = spawn('npm', ['run', '--silent', 'import:businesses', '--', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', APP_ENV: 'development', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve({ output, wallMs: performance.now() - started, loadBefore, loadAfter: load() })
        : reject(new Error(`import failed (exit ${code}):\n${output}`)),
    ),
  )
}

/** Reads the figures back from the summary the import prints. */
function figures(label: string, run: RunFigures) {
  const count = (name: string) =>
    Number(
      new RegExp(`^\\s+${name}\\s+([\\d,]+)`, 'm').exec(run.output)?.[1].replace(/,/g, '') ?? NaN,
    )
  const took = /took ([\d.]+) s \(([\d,]+) entities\/s\), peak memory (\d+) MB/.exec(run.output)
  if (!took) throw new Error(`no timing line in the import's output:\n${run.output}`)
  return {
    run: label,
    'import time': `${took[1]} s`,
    'records/s': took[2],
    'peak RSS': `${took[3]} MB`,
    'wall incl. start': s(run.wallMs),
    read: count('read').toLocaleString('en'),
    'in 4036': count('in municipality'),
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    'load 1/5/15 min before → after': `${run.loadBefore} → ${run.loadAfter}`,
  }
}

console.log(`scratch folder: ${dir}; load ${load()}`)
const files = await registerFiles({
  enheter: ENHETER,
  underenheter: UNDERENHETER,
  localEvery: LOCAL_EVERY,
  kommune: KOMMUNE,
})
const mb = (f: string) => `${(fs.statSync(f).size / 1e6).toFixed(0)} MB`
console.log(
  files.generatedMs === null
    ? `files from the cache: ${path.dirname(files.enheterFile)}`
    : `files generated in ${s(files.generatedMs)}`,
)

const fileArgs = [
  '--file',
  files.enheterFile,
  '--file',
  files.underenheterFile,
  '--kommune',
  KOMMUNE,
]
const first = await runCli(fileArgs)
const second = await runCli(fileArgs)

/**
 * A day in the feed: one change in ten a new unit, one in a hundred a deletion, the rest changes
 * to existing units; every 200th change is to a unit in Vinje (already imported: an update), and
 * every 1,000th new unit is in Vinje (created).
 */
const fake = await startFakeBrreg()
const yesterday = new Date(Date.now() - 3_600_000)
const UNDER_LOCAL_EVERY = Math.round(LOCAL_EVERY * 0.7)
for (let c = 0; c < CHANGES; c++) {
  const kind = c % 2 ? 'underenhet' : 'enhet'
  const isNew = c % 10 === 5
  const every = kind === 'enhet' ? LOCAL_EVERY : UNDER_LOCAL_EVERY
  const total = kind === 'enhet' ? ENHETER : UNDERENHETER
  const i = isNew ? total + c : c % 200 === 0 ? ((c / 200) * every) % total : (c * 7919 + 1) % total
  const inVinje = isNew ? c % 1000 === 5 : i % every === 0
  const orgnr = kind === 'enhet' ? files.enhetNumber(i) : files.underenhetNumber(i)
  const record =
    kind === 'enhet'
      ? files.enhet(i, orgnr, inVinje)
      : files.underenhet(i, orgnr, files.parentOf(i), inVinje)
  const deleted = !isNew && c % 100 === 7
  const changed = deleted
    ? { ...record, slettedato: yesterday.toISOString().slice(0, 10) }
    : { ...record, antallAnsatte: 5 + (c % 50), harRegistrertAntallAnsatte: true }
  fake.publish(kind, changed, isNew ? 'Ny' : deleted ? 'Sletting' : 'Endring', yesterday)
}
const update = await runCli(
  ['--updates', '--kommune', KOMMUNE, '--since', new Date(Date.now() - 86_400_000).toISOString()],
  { BRREG_BASE_URL: fake.url },
)
await fake.close()
const updateTook = /took ([\d.]+) s/.exec(update.output)?.[1]
const updatePeak = /peak memory (\d+) MB/.exec(update.output)?.[1]

printTable(
  `Register import: ${ENHETER.toLocaleString('en')} enheter (${mb(files.enheterFile)}) + ` +
    `${UNDERENHETER.toLocaleString('en')} underenheter (${mb(files.underenheterFile)}), gzipped`,
  [figures('first import, both files', first), figures('same files again', second)],
)
printTable(`Daily update: ${CHANGES.toLocaleString('en')} changes in the feed`, [
  {
    run: 'update feed',
    'update time': `${updateTook} s`,
    'peak RSS': `${updatePeak} MB`,
    'wall incl. start': s(update.wallMs),
    'load 1/5/15 min before → after': `${update.loadBefore} → ${update.loadAfter}`,
  },
])
console.log(update.output.trim().split('\n').at(-1))
console.log('targets: both files ≤ 90 s together, ≤ 300 MB peak RSS; daily update ≤ 5 s')
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
