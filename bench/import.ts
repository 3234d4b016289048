/**
 * bench/import.ts: the register import at national scale.
 * Writes a bulk download in the real format (gzipped JSON array) with 1,100,000 entities, ~600 of
 * them in Vinje (4036), then imports it twice into a scratch database, each run in its own process:
 * the first run creates the businesses, the second finds them all unchanged.
 * Prints wall time, entities/s and peak RSS. Target: ≤ 60 s and ≤ 300 MB per run.
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
  startMs: number
  importMs: number
  maxRssKb: number
  counts: Record<string, number | string>
  wallMs: number
}

function runImport(): Promise<RunFigures> {
  const started = performance.now()
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['bench/importRun.ts', file, '4036'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', APP_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{')) return reject(new Error(`import run failed (exit ${code}):\n${out}`))
      resolve({ ...JSON.parse(line), wallMs: performance.now() - started })
    }),
  )
}

console.log(`scratch folder: ${dir}`)
const g0 = performance.now()
const { inMunicipality } = await writeBulkFile(file, { total: TOTAL, inMunicipality: LOCAL })
const generateMs = performance.now() - g0
const sizeMb = fs.statSync(file).size / 1e6

const runs = [await runImport(), await runImport()]
const row = (label: string, r: RunFigures) => ({
  run: label,
  'import wall time': s(r.importMs),
  'entities/s': Math.round(TOTAL / (r.importMs / 1000)).toLocaleString('en'),
  'peak RSS': `${Math.round(r.maxRssKb / 1024)} MB`,
  'process wall (with start)': s(r.wallMs),
  created: r.counts.created,
  updated: r.counts.updated,
  unchanged: r.counts.unchanged,
})
printTable(`Register import: ${TOTAL.toLocaleString('en')} entities, ${inMunicipality} in 4036, ${sizeMb.toFixed(0)} MB gzipped (generated in ${s(generateMs)})`, [
  row('first import', runs[0]),
  row('same file again', runs[1]),
])
console.log('target: ≤ 60 s and ≤ 300 MB peak RSS per run')
fs.rmSync(dir, { recursive: true, force: true })
