/**
 * What a publish's swap costs the site server's visitors (site/publish/server.ts, fileIndex.ts).
 * A synthetic build of N article pages (each with its .br and .gz copies, as precompress leaves
 * it) is listed the way the server does it before a swap, while a visitor asks for a page every
 * 10 ms. Printed: how long the listing takes, the longest the process could not answer (the
 * longest gap between ticks of a 1 ms timer, what a visitor feels) and the visitors' answer times p50 / max during it; beside it,
 * the same figures for a synchronous walk (what sirv's index, used before, did on the first request
 * after each swap).
 *
 *   npx tsx bench/siteSwap.ts [--pages=1000,10000]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { indexBuild } from '../site/publish/fileIndex'
import { serveStatic } from '../site/publish/server'

const sizes = (process.argv.find((a) => a.startsWith('--pages='))?.split('=')[1] ?? '1000,10000')
  .split(',')
  .map(Number)

function writeBuild(dir: string, pages: number) {
  const body = `<!doctype html><html lang="nn"><title>Sak</title><p>${'Næringsliv. '.repeat(2000)}</p>`
  for (let i = 0; i < pages; i++) {
    const page = path.join(dir, 'nyheiter', `sak-${i}`)
    fs.mkdirSync(page, { recursive: true })
    for (const name of ['index.html', 'index.html.br', 'index.html.gz'])
      fs.writeFileSync(path.join(page, name), body)
  }
  fs.writeFileSync(path.join(dir, 'index.html'), body)
}

/** sirv's index, as it was made on the first request after a swap: one synchronous walk. */
function syncWalk(dir: string) {
  const index = new Map<string, fs.Stats>()
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const abs = path.join(e.parentPath, e.name)
      index.set(abs, fs.statSync(abs))
    }
  return index
}

const ms = (n: number) => `${n.toFixed(0)} ms`
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN

async function measure(url: string, work: () => Promise<unknown> | unknown) {
  // The longest gap between ticks of a 1 ms timer: how long the process could not answer anyone.
  let last = performance.now()
  let stall = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last)
    last = now
  }, 1)
  const answers: number[] = []
  let running = true
  const visitor = (async () => {
    while (running) {
      const t = performance.now()
      await (await fetch(`${url}/`)).arrayBuffer()
      answers.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 10))
    }
  })()
  await new Promise((r) => setTimeout(r, 50))
  stall = 0
  const started = performance.now()
  await work()
  const took = performance.now() - started
  // A synchronous walk holds the loop to its end: the late tick is counted after it.
  await new Promise((r) => setTimeout(r, 20))
  clearInterval(ticker)
  running = false
  await visitor
  return { took, stall, p50: quantile(answers, 0.5), max: Math.max(...answers) }
}

console.log(
  '| pages | files | listing | longest stall | answers p50 / max | sync walk (before) | its stall | answers p50 / max |',
)
console.log('|---|---|---|---|---|---|---|---|')
for (const pages of sizes) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-swap-'))
  const live = path.join(root, 'live')
  const next = path.join(root, 'next')
  writeBuild(live, pages)
  writeBuild(next, pages)
  const server = await serveStatic(() => live, 0)
  await fetch(`${server.url}/`)
  const listed = await measure(server.url, () => indexBuild(next))
  const walked = await measure(server.url, () => syncWalk(next))
  const files = (await indexBuild(next)).size
  console.log(
    `| ${pages} | ${files} | ${ms(listed.took)} | ${ms(listed.stall)} | ${ms(listed.p50)} / ${ms(listed.max)} | ${ms(walked.took)} | ${ms(walked.stall)} | ${ms(walked.p50)} / ${ms(walked.max)} |`,
  )
  await server.close()
  fs.rmSync(root, { recursive: true, force: true })
}
console.log(
  `load average: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
