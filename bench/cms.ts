/**
 * bench/cms.ts: how fast the CMS starts and answers.
 *  1. `npm start` (admin already built) to the admin login page answering, on a scratch data folder
 *  2. Local API start (getPayload + migrations) in a fresh process
 *  3. REST list of 100 published articles: p50/p95 over 200 requests on the seeded database
 * Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { waitForHttp } from '../scripts/lib/run'
import { ms, percentile, printTable, s } from './lib'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-cms-'))
const port = 3199
const sitePort = 4399
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  PORT: String(port),
  SITE_PORT: String(sitePort),
  SERVER_URL: `http://localhost:${port}`,
  APP_ENV: 'development',
}

function tsx(script: string, extraEnv: Record<string, string> = {}) {
  return spawn(path.join(root, 'node_modules/.bin/tsx'), [script], {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

async function timeLocalApiStart(): Promise<number> {
  const child = tsx('bench/localApiStart.ts')
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  await new Promise((r) => child.on('exit', r))
  return Number(out.trim().split('\n').pop())
}

async function main() {
  // First start seeds the scratch database; the figure we want is a start on an existing one.
  console.log(`scratch data folder: ${dataDir}`)
  const seedRun = tsx('scripts/seed.ts')
  await new Promise((r) => seedRun.on('exit', r))
  const topUp = tsx('bench/topUpArticles.ts', { BENCH_ARTICLES: '100' })
  await new Promise((r) => topUp.on('exit', r))

  const localApi = await timeLocalApiStart()

  const started = Date.now()
  const server = spawn('npm', ['start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  server.stdout.on('data', (d) => (log += d))
  server.stderr.on('data', (d) => (log += d))
  try {
    await waitForHttp(`http://localhost:${port}/admin/login`, 300_000)
  } catch (err) {
    console.error(log)
    throw err
  }
  const startToAdmin = Date.now() - started
  const rebuilt = log.includes('Building the admin')
  await waitForHttp(`http://localhost:${sitePort}/`, 300_000)
  const startToSite = Date.now() - started

  const url = `http://localhost:${port}/api/articles?limit=100&depth=0`
  const first = await (await fetch(url)).json()
  const times: number[] = []
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now()
    const res = await fetch(url)
    await res.arrayBuffer()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  process.kill(-server.pid!, 'SIGTERM')

  printTable('CMS', [
    {
      measure: 'npm start → admin answering',
      value: s(startToAdmin),
      note: rebuilt ? 'included an admin build' : 'admin already built',
    },
    {
      measure: 'npm start → public site answering',
      value: s(startToSite),
      note: 'includes the first site build',
    },
    {
      measure: 'Local API start (getPayload + migrate)',
      value: ms(localApi),
      note: 'fresh process',
    },
    {
      measure: `REST GET /api/articles?limit=100 p50`,
      value: ms(percentile(times, 50)),
      note: `${first.docs.length} docs per response`,
    },
    {
      measure: `REST GET /api/articles?limit=100 p95`,
      value: ms(percentile(times, 95)),
      note: '200 requests, sequential',
    },
  ])
  process.exit(0)
}

await main()
