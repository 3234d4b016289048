/**
 * The built admin (`next start`, as `npm start` serves it) on this test's SQLite file. The build
 * (~1–2 min, 2+ GB) runs only when the sources changed, under /tmp/heavy.lock so the engineers'
 * builds on this machine take turns.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { ensureAdminBuild } from '../../scripts/lib/adminBuild'
import { run, waitForHttp } from '../../scripts/lib/run'

const root = path.resolve(import.meta.dirname, '../..')
const HEAVY_LOCK = '/tmp/heavy.lock'

export interface AdminServer {
  base: string
  stop: () => void
  /** The errors the admin has logged so far (Next's "⨯ …" render errors, Payload's ERROR lines). */
  errors: () => string[]
}

const isErrorLine = (line: string) => /⨯|\bERROR\b/.test(line)

export async function startBuiltAdmin(port: number): Promise<AdminServer> {
  const base = `http://localhost:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    SERVER_URL: base,
  }
  // REUSE_ADMIN_BUILD=1: the caller built it and holds the lock (others edit cms/ all the time,
  // which would otherwise start a second build, waiting forever on the lock the caller holds).
  // Otherwise the same build step as `npm start` (one lock, re-checked once held): with a lock of
  // its own, a test's build overwrote cms/.next under a running `npm start` (the journeys) in CI.
  if (!process.env.REUSE_ADMIN_BUILD) {
    await ensureAdminBuild(root, env, (cmd, args, opts) =>
      run('flock', [HEAVY_LOCK, cmd, ...args], { ...opts, stdio: 'ignore' }),
    )
  }
  const server: ChildProcess = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', 'cms', '-p', String(port)],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const errors: string[] = []
  for (const stream of [server.stdout, server.stderr]) {
    let rest = ''
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      errors.push(...lines.filter(isErrorLine))
    })
  }
  await waitForHttp(`${base}/admin/login`, 120_000)
  return { base, stop: () => server.kill('SIGTERM'), errors: () => [...errors] }
}
