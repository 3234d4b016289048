/**
 * `npm start`: the whole product on one machine. Migrates (and on first run seeds) the database,
 * builds the admin when its sources changed, runs the jobs queue, serves the admin, builds the
 * public site and serves it, and republishes it whenever editors change public content.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// First: without RESEND_API_KEY it starts the fake Resend and sets RESEND_BASE_URL before the config is read.
import { devResend } from './lib/devResend'
import { env } from '../cms/env'
import { getCms } from '../cms/getCms'
import { startJobsWorker } from '../cms/jobs/worker'
import { isEmpty, seed } from '../cms/seed'
import { adminLoginFile } from '../cms/seed/users'
import { adminBuildIsCurrent, adminFingerprint, recordAdminBuild } from './lib/adminBuild'
import { printTally } from './lib/print'
import { run, waitForHttp } from './lib/run'
import { liveDir } from '../site/publish/live'
import { startPublisher } from '../site/publish/publisher'
import { serveStatic } from '../site/publish/server'
import { requestSiteBuild } from '../cms/jobs/siteBuild/request'
import { recoverInterruptedBuilds } from '../cms/jobs/siteBuild/recover'

const root = process.cwd()
const config = env()
const port = Number(process.env.PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

if (config.payloadSecretSource === 'generated') {
  console.log(`PAYLOAD_SECRET is not set: using a generated local one (${path.join(config.dataDir, '.payload-secret')}). Set it in .env for production.`)
}

const payload = await getCms()

if (await isEmpty(payload)) {
  if (config.appEnv === 'production' && process.env.SEED_DEMO !== 'true') {
    console.log('Empty database: create the first admin at /admin (demo content is seeded in production only with SEED_DEMO=true).')
  } else {
    console.log('Empty database: seeding the Vinje demo content…')
    printTally((await seed(payload, { appEnv: config.appEnv, dataDir: config.dataDir })).tally)
  }
}

const childEnv = { ...process.env, PAYLOAD_SECRET: config.payloadSecret, DATA_DIR: config.dataDir, NEXT_TELEMETRY_DISABLED: '1' }

if (!adminBuildIsCurrent(root)) {
  console.log('Building the admin (Next.js); this takes about a minute the first time…')
  const fingerprint = adminFingerprint(root)
  await run(bin('payload'), ['generate:importmap'], { env: { ...childEnv, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' } })
  await run(bin('next'), ['build', 'cms'], { env: { ...childEnv, NODE_ENV: 'production' } })
  recordAdminBuild(root, fingerprint)
}

const admin = spawn(bin('next'), ['start', 'cms', '-p', String(port)], { stdio: 'inherit', env: { ...childEnv, NODE_ENV: 'production' } })
const worker = startJobsWorker(payload)

async function shutdown(code: number) {
  admin.kill('SIGTERM')
  await worker.stop()
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))
admin.on('exit', (code) => {
  console.error(`The admin server stopped (exit ${code}).`)
  void shutdown(code ?? 1)
})

await waitForHttp(`http://localhost:${port}/admin/login`, 120_000)

// The public site: served from the live build, rebuilt by the publisher when content changes.
await recoverInterruptedBuilds(payload)
const site = await serveStatic(() => liveDir(config.dataDir), sitePort, '0.0.0.0')
const firstBuild = liveDir(config.dataDir) === null
if (firstBuild) await requestSiteBuild(payload, 'first start')
// The first outcome is awaited below when there is no site yet (a fresh clone).
let firstOutcome: (status: string) => void = () => {}
const firstBuilt = new Promise<string>((resolve) => (firstOutcome = resolve))
const publisher = startPublisher({
  payload,
  dataDir: config.dataDir,
  cmsUrl: `http://localhost:${port}`,
  siteUrl: config.siteUrl,
  publicCmsUrl: config.serverUrl,
  nightly: true,
  onBuilt: ({ status, durationMs }) => {
    console.log(`Site build ${status} in ${(durationMs / 1000).toFixed(1)} s`)
    firstOutcome(status)
  },
})
process.on('exit', () => void publisher.stop())
if (firstBuild) {
  console.log('Building the public site for the first time…')
  if ((await firstBuilt) === 'failed') console.error('The first site build failed: see System → Site builds in the admin for the log.')
}

console.log(`\nNæringshub admin: http://localhost:${port}/admin`)
console.log(`Public site:     http://localhost:${sitePort}/ (served from ${liveDir(config.dataDir) ?? 'no build yet'}, ${site.url})`)
if (devResend) console.log(`Email outbox:    ${devResend.outboxUrl} (fake Resend: no email leaves this machine)`)
const loginFile = adminLoginFile(config.dataDir)
if (config.appEnv !== 'production' && fs.existsSync(loginFile)) {
  const login = JSON.parse(fs.readFileSync(loginFile, 'utf8'))
  console.log(`Log in as ${login.email} / ${login.password} (development login, kept in ${loginFile})`)
}
