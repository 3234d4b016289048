/**
 * A publish renders only what changed (Astro's incremental build with the keys of
 * site/src/lib/pageKeys.ts) and reuses the rest from the last build. Reused must never mean stale:
 * after edits of every kind a reader would notice, the incremental build is compared with a full
 * build of the same content, file by file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../cms/seed'
import { buildSite } from '../site/publish/build'
import { testCms, type TestCms } from './helpers/cms'
import { dataDir, startCmsServer } from './helpers/site'
import { filledByHooks } from './helpers/docs'

let cms: TestCms
let server: Awaited<ReturnType<typeof startCmsServer>>

const build = (name: string, cacheDir: string) =>
  buildSite({
    outDir: path.join(dataDir(), 'out', name),
    cmsUrl: server.url,
    siteUrl: 'https://naering.vinje.example',
    cacheDir: path.join(dataDir(), cacheDir),
    publicCmsUrl: server.url,
  })

/**
 * Every file of a build by its path, Pagefind's index and the build's own notes left aside. A
 * calendar file's DTSTAMP is the moment it was written (RFC 5545), so it differs between any two
 * builds and is left out of the comparison.
 */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    const rel = path.relative(dir, path.join(e.parentPath, e.name))
    if (rel.startsWith('pagefind') || rel === '.build.json' || /\.(br|gz)$/.test(rel)) continue
    const bytes = fs.readFileSync(path.join(dir, rel))
    out.set(
      rel,
      rel.endsWith('.ics')
        ? Buffer.from(bytes.toString('utf8').replace(/^DTSTAMP:.*$/gm, ''))
        : bytes,
    )
  }
  return out
}

/** How many pages Astro did not render again: it marks each "(restored)" in its log. */
const skipped = (log: string) => log.match(/\(restored\)/g)?.length ?? 0

beforeAll(async () => {
  cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: dataDir() })
  server = await startCmsServer()
}, 300_000)

afterAll(async () => {
  await server?.close()
})

describe('publishing renders what changed', () => {
  // A first build, an incremental one and a full one to compare: minutes on a busy two-core machine.
  it('matches a full build file by file after new, edited, retitled-topic and unpublished content', async () => {
    const { payload } = cms
    const first = await build('first', 'cache')
    expect(first.pages).toBeGreaterThan(50)

    // A new article, an edited one, an unpublished one, a renamed topic (shown on other pages'
    // tags) and a changed event: each must reach every page that shows it.
    const [edited, gone, ...unchanged] = (
      await payload.find({ collection: 'articles', limit: 6, sort: '-publishedAt', locale: 'nn' })
    ).docs
    // A topic shown on articles that are not edited themselves.
    const tagged = unchanged.find((a) => a.topics?.length)!
    const topicId = (t: unknown) =>
      typeof t === 'object' ? (t as { id: number }).id : (t as number)
    await payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({
        title: 'Ny sak om fiber til hyttefelta',
        excerpt: 'Utbygginga startar i vår.',
        _status: 'published',
      }),
    })
    await payload.update({
      collection: 'articles',
      id: edited.id,
      locale: 'nn',
      data: { title: 'Endra tittel på ei sak' },
    })
    await payload.update({ collection: 'articles', id: gone.id, data: { _status: 'draft' } })
    await payload.update({
      collection: 'topics',
      id: topicId(tagged.topics![0]),
      locale: 'nn',
      data: { name: 'Omdøypt tema' },
    })
    const event = (await payload.find({ collection: 'events', limit: 1, locale: 'nn' })).docs[0]
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'nn',
      data: { title: 'Flytta dialogmøte' },
    })

    const incremental = await build('second', 'cache')
    const full = await build('full', 'fresh-cache')
    expect(skipped(incremental.log)).toBeGreaterThan(0)
    expect(skipped(full.log)).toBe(0)

    const [a, b] = [
      files(path.join(dataDir(), 'out', 'second')),
      files(path.join(dataDir(), 'out', 'full')),
    ]
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
    const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([f]) => f)
    expect(differing).toEqual([])
    const html = [...a].map(([, bytes]) => bytes.toString('utf8')).join('\n')
    expect(html).toContain('Ny sak om fiber til hyttefelta')
    expect(html).toContain('Endra tittel på ei sak')
    expect(a.get(`nyheiter/${tagged.slug}/index.html`)!.toString()).toContain('Omdøypt tema')
    expect(html).toContain('Flytta dialogmøte')
  }, 600_000)
})
