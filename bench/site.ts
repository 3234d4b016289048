/**
 * bench/site.ts: the public site at 1,000 and 10,000 articles (events, courses and topics in
 * proportion) in a scratch database. Prints full build time and the Astro process's peak memory,
 * publish-to-live time (p50 and p95 of ten changed articles, each saved and then fetched from the
 * served site until the change shows; a publish renders only the pages that show the change) and
 * how long until the search index has it (Pagefind runs after the page went live), bytes transferred for an article page (HTML + CSS, gzip)
 * and its JavaScript; and Hugo's time for as many pages (the median of three runs) when `hugo` is installed
 * (`apt-get install hugo`).
 *   npx tsx bench/site.ts [--sizes=1000,10000] [--data=<folder>] [--publish-only]
 * `--publish-only` skips the timed full build and Hugo and prints each publish's renderer log.
 * `--data` keeps the scratch database in that folder (one sub-folder per size) and tops it up on
 * the next run instead of seeding from nothing.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { printTable, s } from './lib'

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.split('=')[1] ?? '1000,10000')
  .split(',')
  .map(Number)
const keepIn = process.argv.find((a) => a.startsWith('--data='))?.split('=')[1]
const publishOnly = process.argv.includes('--publish-only')
const root = path.resolve(import.meta.dirname, '..')

/** Each size runs in its own process: one scratch database and data folder each. */
async function runSize(n: number) {
  const dataDir = keepIn
    ? path.join(keepIn, String(n))
    : fs.mkdtempSync(path.join(os.tmpdir(), `nh-bench-site-${n}-`))
  fs.mkdirSync(dataDir, { recursive: true })
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['bench/siteSize.ts', String(n)], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${dataDir}/bench.db`,
      APP_ENV: 'development',
      ...(publishOnly && { BENCH_PUBLISH_ONLY: '1' }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (d) => {
    out += d
    process.stderr.write(d)
  })
  await new Promise((r) => child.on('exit', r))
  const line = out.split('\n').find((l) => l.startsWith('RESULT '))
  if (!line) throw new Error(`size ${n} produced no result`)
  return { dataDir, ...JSON.parse(line.slice(7)) }
}

function hugoTime(pages: number): number | null {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' })
  } catch {
    return null
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-hugo-'))
  fs.mkdirSync(path.join(dir, 'content/nyheiter'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'hugo.toml'),
    'baseURL = "https://example.org/"\nlanguageCode = "nn"\ntitle = "Bench"\n',
  )
  fs.writeFileSync(
    path.join(dir, 'layouts/_default/single.html'),
    '<!doctype html><html lang="nn"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>',
  )
  fs.writeFileSync(
    path.join(dir, 'layouts/_default/list.html'),
    '<!doctype html><html><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>',
  )
  for (let i = 0; i < pages; i++)
    fs.writeFileSync(
      path.join(dir, `content/nyheiter/sak-${i}.md`),
      `---\ntitle: "Testsak ${i}"\ndate: 2026-01-01\n---\nFørste avsnitt.\n\n## Mellomtittel\n\nAndre avsnitt.\n`,
    )
  // The median of three: Hugo's time on this machine varies by a factor of three between runs.
  const times = [0, 1, 2].map(() => {
    fs.rmSync(path.join(dir, 'public'), { recursive: true, force: true })
    const t0 = performance.now()
    execFileSync('hugo', ['--quiet', '-s', dir], { stdio: 'ignore' })
    return performance.now() - t0
  })
  return times.sort((a, b) => a - b)[1]
}

const rows: Record<string, string | number>[] = []
for (const n of sizes) {
  const r = await runSize(n)
  if (publishOnly) {
    rows.push({
      articles: n,
      'publish→live p50': s(r.publishP50Ms),
      'publish→live p95': s(r.publishP95Ms),
      'publish→in search p50': s(r.searchP50Ms),
    })
    continue
  }
  const hugo = hugoTime(r.pages)
  rows.push({
    articles: n,
    pages: r.pages,
    'full build': s(r.buildMs),
    'astro peak RSS': `${(r.peakRssKb / 1024).toFixed(0)} MB`,
    pagefind: s(r.pagefindMs),
    hugo: hugo === null ? 'not installed' : s(hugo),
    'full build ÷ hugo': hugo === null ? '–' : `${((r.buildMs + r.pagefindMs) / hugo).toFixed(1)}×`,
    'publish→live p50': s(r.publishP50Ms),
    'publish→live p95': s(r.publishP95Ms),
    'publish→in search p50': s(r.searchP50Ms),
    'article HTML+CSS gzip': `${(r.articleGzipBytes / 1024).toFixed(1)} KB`,
    'article JS': `${r.articleJsBytes} B`,
  })
}
printTable('Public site (Astro 7)', rows)
process.exit(0)
