/**
 * `npm start`: the whole product on one machine. Migrates (and on first run seeds) the database,
 * builds the admin when its sources changed, then runs each part in its own supervised process:
 * the admin (admin.ts), the jobs queue (worker.ts), the public site and its publisher (site.ts)
 * and, without RESEND_API_KEY, the fake Resend (fake-resend.ts). All listen on 127.0.0.1 unless
 * HOST says otherwise.
 */
import fs from 'node:fs'
import path from 'node:path'

import { DEV_RESEND_URL, env } from '../cms/env'
import { getCms } from '../cms/getCms'
import { isEmpty, seed } from '../cms/seed'
import { adminLoginFile } from '../cms/seed/users'
import { adminBuildIsCurrent, ensureAdminBuild } from './lib/adminBuild'
import { printTally } from './lib/print'
import { run, waitForHttp } from './lib/run'
import { liveDir } from '../site/publish/live'
import { protectDataDir } from './lib/dataDir'
import { listenSettings } from './lib/listen'
import { supervise } from './lib/supervise'

const root = process.cwd()
const config = env()
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

if (config.payloadSecretSource === 'generated') {
  console.log(
    `PAYLOAD_SECRET is not set: using a generated local one (${path.join(config.dataDir, '.payload-secret')}). Set it in .env for production.`,
  )
}

const payload = await getCms()
protectDataDir(config.dataDir, config.databaseUrl)

if (await isEmpty(payload)) {
  if (config.appEnv === 'production' && process.env.SEED_DEMO !== 'true') {
    console.log(
      'Empty database: create the first admin at /admin (demo content is seeded in production only with SEED_DEMO=true).',
    )
  } else {
    console.log('Empty database: seeding the Vinje demo content…')
    printTally((await seed(payload, { appEnv: config.appEnv, dataDir: config.dataDir })).tally)
  }
}

const childEnv = {
  ...process.env,
  PAYLOAD_SECRET: config.payloadSecret,
  DATA_DIR: config.dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
}

if (!adminBuildIsCurrent(root))
  console.log('Building the admin (Next.js); this takes about a minute the first time…')
await ensureAdminBuild(root, childEnv, run)

// Each part in its own process: one that dies is restarted and the others go on.
const part = (name: string, script: string, extra: Record<string, string> = {}) => ({
  name,
  command: bin('tsx'),
  args: [path.join(root, 'scripts', script)],
  env: { ...childEnv, ...extra },
})
const parts = supervise([
  ...(config.newsletter.useDevFake ? [part('resend', 'fake-resend.ts')] : []),
  part('admin', 'admin.ts', { NODE_ENV: 'production' }),
  part('worker', 'worker.ts'),
  part('site', 'site.ts'),
])
let stopping = false
const shutdown = () => {
  if (stopping) return
  stopping = true
  void parts.stop().finally(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
// Whatever ends this process ends the parts too: none is left running without its supervisor.
process.on('exit', parts.kill)

const { adminUrl, siteUrl } = listenSettings()
try {
  await waitForHttp(`${adminUrl}/admin/login`, 10 * 60_000)
  // Answers 503 until the first build is live.
  await waitForHttp(`${siteUrl}/`, 10 * 60_000)
} catch (err) {
  console.error(`${(err as Error).message}: see the [admin] and [site] lines above.`)
}
console.log(`\nNæringshub admin: ${adminUrl}/admin`)
console.log(
  `Public site:     ${siteUrl}/ (served from ${liveDir(config.dataDir) ?? 'no build yet'})`,
)
if (config.newsletter.useDevFake)
  console.log(
    `Email outbox:    ${DEV_RESEND_URL}/outbox (fake Resend: no email leaves this machine)`,
  )
const loginFile = adminLoginFile(config.dataDir)
if (config.appEnv !== 'production' && fs.existsSync(loginFile)) {
  const login = JSON.parse(fs.readFileSync(loginFile, 'utf8'))
  console.log(
    `Log in as ${login.email} / ${login.password} (development login, kept in ${loginFile})`,
  )
}
