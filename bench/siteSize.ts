/** One size of bench/site.ts, in its own scratch database (DATA_DIR/DATABASE_URL set by the parent). */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { getCms } from '../cms/getCms'
import { analyzeDatabase } from '../cms/migrate'
import { startCmsServer } from '../cms/restServer'
import { seed } from '../cms/seed'
import { richText } from '../cms/seed/richText'
import { liveDir, siteDirs } from '../site/publish/live'
import { siteBuildQueue } from '../cms/siteBuilds/queue'
import { startPublisher } from '../site/publish/publisher'
import { serveStatic } from '../site/publish/server'
import { percentile } from './lib'
import { filledByHooks } from '../test/helpers/docs'

const n = Number(process.argv[2])
const PUBLISH_ROUNDS = 10
const root = path.resolve(import.meta.dirname, '..')
const dataDir = process.env.DATA_DIR!
const payload = await getCms()
// Seeded without a transaction per document: libsql gives each transaction a connection of its
// own that holds three file handles until the garbage collector frees it, and ten thousand creates
// in a row ran out of file handles (SQLITE_CANTOPEN after about 6,000 with a limit of 20,000).
const quiet = { context: { skipSiteBuild: true }, disableTransaction: true }

await seed(payload, { appEnv: 'development', dataDir })
const topics = (await payload.find({ collection: 'topics', limit: 100 })).docs.map((t) => t.id)
const provider = (await payload.find({ collection: 'providers', limit: 1 })).docs[0].id
const existing = (await payload.count({ collection: 'articles' })).totalDocs
const t0 = performance.now()
for (let i = existing; i < n; i++) {
  const topic = topics[i % topics.length]
  await payload.create({
    collection: 'articles',
    locale: 'nn',
    data: filledByHooks({
      title: `Testsak ${i + 1} om næringslivet i Vinje`,
      excerpt: 'Ei kort ingress om kva som skjer i næringslivet i Vinje denne veka.',
      body: richText([
        'Første avsnitt med litt tekst om bedrifter og kurs.',
        { h2: 'Mellomtittel' },
        'Andre avsnitt med meir tekst.',
      ]) as never,
      topics: [topic],
      _status: 'published',
      publishedAt: new Date(Date.now() - i * 3_600_000).toISOString(),
    }),
    ...quiet,
  })
  // Events and courses in proportion: one event per 20 articles, one course per 25.
  if (i % 20 === 0) {
    await payload.create({
      collection: 'events',
      locale: 'nn',
      data: filledByHooks({
        title: `Arrangement ${i}`,
        kind: 'network-meeting',
        startsAt: new Date(Date.now() + (i % 200) * 86_400_000).toISOString(),
        topics: [topic],
        _status: 'published',
      }),
      ...quiet,
    })
  }
  if (i % 25 === 0) {
    await payload.create({
      collection: 'courses',
      locale: 'nn',
      data: filledByHooks({
        title: `Kurs ${i}`,
        provider,
        format: 'online',
        topics: [topic],
        _status: 'published',
      }),
      ...quiet,
    })
  }
}
console.error(`seeded ${n} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
// What the start process's hourly ANALYZE would have done by now.
await analyzeDatabase(payload, process.env.DATABASE_URL!)

const api = await startCmsServer()
const outDir = path.join(dataDir, 'bench-out')
const env = {
  ...process.env,
  CMS_URL: api.url,
  SITE_URL: 'https://naering.vinje.example',
  SITE_OUT_DIR: outDir,
  SITE_CACHE_DIR: path.join(dataDir, 'bench-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
}

/**
 * Runs a command, polling the child's peak resident memory (VmHWM) from /proc; its output goes to
 * `<data>/<name>.log` (Astro's log times each step of its build).
 */
function timed(
  name: string,
  cmd: string,
  args: string[],
): Promise<{ ms: number; peakRssKb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const log = fs.openSync(path.join(dataDir, `${name}.log`), 'w')
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', log, 'inherit'] })
    let peak = 0
    const poll = setInterval(() => {
      try {
        const m = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)
        if (m) peak = Math.max(peak, Number(m[1]))
      } catch {
        // exited
      }
    }, 50)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(poll)
      fs.closeSync(log)
      if (code !== 0) reject(new Error(`${cmd} exited ${code}`))
      else resolve({ ms: performance.now() - started, peakRssKb: peak })
    })
  })
}

const bin = (x: string) => path.join(root, 'node_modules/.bin', x)
// `--publish-only` (bench:site passes it on): the publish figures alone, for working on them.
const publishOnly = process.env.BENCH_PUBLISH_ONLY === '1'
const full = publishOnly ? undefined : await fullBuild()

async function fullBuild() {
  // A full build into an empty folder, as the publisher's are (Astro would otherwise first delete
  // the last run's 35,000 files: 5 s at 10,000 articles, not building). The content store is cold:
  // the CMS's address (a new port each run) is part of the configuration Astro hashes.
  fs.rmSync(outDir, { recursive: true, force: true })
  const astro = await timed('full-build', bin('node'), [
    path.join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--root',
    path.join(root, 'site'),
  ])
  const pagefind = await timed('pagefind', bin('pagefind'), ['--site', outDir, '--silent'])
  let pages = 0
  for (const e of fs.readdirSync(outDir, { recursive: true, withFileTypes: true }))
    if (e.isFile() && e.name.endsWith('.html')) pages++

  const articleDir = fs
    .readdirSync(path.join(outDir, 'nyheiter'))
    .find((d) => d.startsWith('testsak-'))!
  const articleHtml = fs.readFileSync(path.join(outDir, 'nyheiter', articleDir, 'index.html'))
  const scripts = [
    ...articleHtml
      .toString()
      .matchAll(
        /<script(?![^>]*application\/ld\+json)[^>]*(?:src="([^"]+)")?[^>]*>([\s\S]*?)<\/script>/g,
      ),
  ]
  const articleJsBytes = scripts.reduce(
    (sum, m) => sum + (m[1] ? fs.statSync(path.join(outDir, m[1])).size : Buffer.byteLength(m[2])),
    0,
  )
  const cssLinks = [
    ...articleHtml.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  ]
  const cssBytes = cssLinks.reduce(
    (sum, m) => sum + gzipSync(fs.readFileSync(path.join(outDir, m[1]))).length,
    0,
  )
  return { astro, pagefind, pages, articleHtml, articleJsBytes, cssBytes }
}

// Publish → live with the publisher's production settings on the served site: ten different
// articles changed one after another, each timed from the save until its page shows the change.
const site = await serveStatic(() => liveDir(dataDir), 0)
const publisher = startPublisher({
  queue: siteBuildQueue(payload),
  dataDir,
  cmsUrl: api.url,
  siteUrl: site.url,
})
const { requestSiteBuild } = await import('../cms/siteBuilds/request')
await requestSiteBuild(payload, 'bench warm-up')
// The warm-up build itself, not a live folder left by an earlier run (a killed one keeps it).
const warmUpDone = async () => {
  const [last] = (await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1 }))
    .docs
  return last?.status === 'succeeded' || last?.status === 'failed'
}
while (!(await warmUpDone()) || !liveDir(dataDir)) await new Promise((r) => setTimeout(r, 200))
/** The renderer's own account of the last publish (the build record's log, its own lines). */
async function lastBuildLog() {
  const [last] = (
    await payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1, depth: 0 })
  ).docs as { log?: string }[]
  return (last?.log ?? '')
    .split('\n')
    .filter((l) => /^(Content synced|Changed|\d+ pages|Rendered|Made|Published)/.test(l))
    .map((l) => `  ${l}`)
    .join('\n')
}

const targets = (
  await payload.find({
    collection: 'articles',
    where: { title: { like: 'Testsak ' } },
    sort: 'id',
    limit: PUBLISH_ROUNDS,
    locale: 'nn',
  })
).docs
const times: number[] = []
const searchTimes: number[] = []
for (const [round, target] of targets.entries()) {
  const excerpt = `Endra ingress nummer ${round + 1} ${Date.now()}`
  const started = performance.now()
  await payload.update({
    collection: 'articles',
    id: target.id,
    locale: 'nn',
    data: { excerpt, _status: 'published' },
  })
  while (!(await (await fetch(`${site.url}/nyheiter/${target.slug}/`)).text()).includes(excerpt))
    await new Promise((r) => setTimeout(r, 50))
  times.push(performance.now() - started)
  // The search index follows in the background; the next edit comes once it is in.
  await publisher.searchIdle()
  searchTimes.push(performance.now() - started)
  console.error(
    `publish → live ${round + 1}: ${(times.at(-1)! / 1000).toFixed(2)} s, in search after ${(searchTimes.at(-1)! / 1000).toFixed(2)} s`,
  )
  if (publishOnly) console.error(await lastBuildLog())
}
await publisher.stop()
await site.close()
times.sort((a, b) => a - b)
const publishP50Ms = percentile(times, 50)
const publishP95Ms = percentile(times, 95)
const searchP50Ms = percentile(
  searchTimes.sort((a, b) => a - b),
  50,
)
fs.rmSync(siteDirs(dataDir).builds, { recursive: true, force: true })
await api.close()

console.log(
  `RESULT ${JSON.stringify({
    publishP50Ms,
    publishP95Ms,
    searchP50Ms,
    ...(full && {
      pages: full.pages,
      buildMs: full.astro.ms,
      peakRssKb: full.astro.peakRssKb,
      pagefindMs: full.pagefind.ms,
      articleGzipBytes: gzipSync(full.articleHtml).length + full.cssBytes,
      articleJsBytes: full.articleJsBytes,
    }),
  })}`,
)
process.exit(0)
