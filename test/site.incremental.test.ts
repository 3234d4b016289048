/**
 * A publish renders only what changed and reuses the rest of the live build: the warm renderer
 * (site/publish/warm/) decides by the keys of site/src/lib/pageKeys.ts, by what each page and route
 * read, and keeps what did not change in the data layer. Reused must never mean stale: after edits
 * of every kind a reader would notice, each publish is compared with a full build from scratch of
 * the same content, file by file, and the live build the publish started from must be left as it
 * was.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../cms/seed'
import { buildSite, publishWarm } from '../site/publish/build'
import type { Renderer } from '../site/publish/warm/process'
import { testCms, type TestCms } from './helpers/cms'
import { dataDir, startCmsServer } from './helpers/site'
import { filledByHooks } from './helpers/docs'

let cms: TestCms
let server: Awaited<ReturnType<typeof startCmsServer>>

let renderer: Renderer | undefined
const out = (name: string) => path.join(dataDir(), 'out', name)

const build = (name: string, cacheDir: string, keepRenderer = false) =>
  buildSite({
    outDir: out(name),
    cmsUrl: server.url,
    siteUrl: 'https://naering.vinje.example',
    cacheDir: path.join(dataDir(), cacheDir),
    publicCmsUrl: server.url,
    keepRenderer,
  })

/** A publish by the warm renderer into `name`, from the build `from`. */
const publish = (name: string, from: string) =>
  publishWarm(renderer!, {
    outDir: out(name),
    previousDir: out(from),
    cmsUrl: server.url,
    publicCmsUrl: server.url,
  })

/** Every file of a folder (its bytes' hash) by path: links and all. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const file = path.join(e.parentPath, e.name)
      out.set(
        path.relative(dir, file),
        createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      )
    }
  return out
}

/** Files whose brotli or gzip copy is not the file itself (a stale copy from an older build). */
function staleCopies(dir: string): string[] {
  const stale: string[] = []
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const m = e.isFile() && /^(.*)\.(br|gz)$/.exec(e.name)
    if (!m) continue
    const copy = fs.readFileSync(path.join(e.parentPath, e.name))
    const plain = m[2] === 'br' ? zlib.brotliDecompressSync(copy) : zlib.gunzipSync(copy)
    if (!plain.equals(fs.readFileSync(path.join(e.parentPath, m[1]))))
      stale.push(path.relative(dir, path.join(e.parentPath, e.name)))
  }
  return stale
}

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

/** Two builds hold the same files, byte for byte (see `files`). */
function expectSameFiles(dir: string, fullDir: string) {
  const a = files(dir)
  const b = files(fullDir)
  const name = path.basename(dir)
  expect([...a.keys()].sort(), name).toEqual([...b.keys()].sort())
  const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([f]) => f)
  expect(differing, name).toEqual([])
}

beforeAll(async () => {
  cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: dataDir() })
  server = await startCmsServer()
}, 300_000)

afterAll(async () => {
  await renderer?.stop()
  await server?.close()
})

describe('publishing renders what changed', () => {
  // A first build, an incremental one and a full one to compare: minutes on a busy two-core machine.
  it('matches a full build file by file after new, edited, retitled-topic and unpublished content', async () => {
    const { payload } = cms
    const first = await build('first', 'cache', true)
    expect(first.pages).toBeGreaterThan(50)
    renderer = first.renderer
    expect(renderer?.alive).toBe(true)
    const live = snapshot(out('first'))

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

    // Staff are shown only on pages without a key (home, contact): the renderer must find them
    // by what those pages read.
    const person = (
      await payload.find({ collection: 'users', where: { name: { equals: 'Torbjørn Nordbø' } } })
    ).docs[0]
    await payload.update({
      collection: 'users',
      id: person.id,
      data: { name: 'Torbjørn Nordbø Vik' },
    })

    const warm = await publish('warm', 'first')
    // Rendered: the changed documents' pages, the lists and feeds; the rest is the live build's
    // own files, linked (the same inode), not written again.
    const inode = (name: string, rel: string) => fs.statSync(path.join(out(name), rel)).ino
    const kept = [...live.keys()].filter(
      (rel) =>
        fs.existsSync(path.join(out('warm'), rel)) && inode('first', rel) === inode('warm', rel),
    )
    expect(kept.filter((rel) => rel.startsWith('nyheiter/')).length).toBeGreaterThan(0)
    expect(kept).not.toContain(`nyheiter/${edited.slug}/index.html`)
    expect(kept).not.toContain('index.html')
    const full = await build('full', 'fresh-cache')

    // The live build is untouched: the warm publish wrote new files, never through its links.
    expect(snapshot(out('first'))).toEqual(live)
    expect(staleCopies(out('warm'))).toEqual([])
    expect(warm.pages).toBe(full.pages)
    expectSameFiles(out('warm'), out('full'))

    // An article's author changes (one shown on the contact page, so public): shown on the
    // article page, and read by the article routes' keys. The routes that read neither authors
    // nor articles (events, courses, providers) keep their paths (routePaths.ts).
    const authored = (
      await payload.find({
        collection: 'articles',
        where: {
          and: [
            { author: { equals: person.id } },
            { _status: { equals: 'published' } },
            { id: { not_in: [edited.id, gone.id] } },
          ],
        },
        limit: 1,
        depth: 0,
        locale: 'nn',
      })
    ).docs[0]
    const author = await payload.findByID({ collection: 'users', id: authored.author as number })
    await payload.update({
      collection: 'users',
      id: author.id,
      data: { name: `${author.name} Haugen` },
    })
    // And two articles edited in place (the data layer patches its lists rather than sorting
    // 10,000 again): one retitled, one moved to another day (it moves in every list).
    const [retitled, moved] = unchanged.filter((a) => a.id !== authored.id)
    await payload.update({
      collection: 'articles',
      id: retitled.id,
      locale: 'nn',
      data: { title: 'Retta tittel utan anna endring' },
    })
    await payload.update({
      collection: 'articles',
      id: moved.id,
      data: { publishedAt: '2025-06-03T08:00:00.000Z' },
    })
    const warm2 = await publish('warm2', 'warm')
    const routesAsked = (log: string) => Number(/(\d+) routes asked/.exec(log)?.[1])
    expect(routesAsked(warm2.log)).toBeGreaterThan(0)
    expect(routesAsked(warm2.log)).toBeLessThan(routesAsked(warm.log))
    await renderer!.stop()
    const full2 = await build('full2', 'fresh-cache2')
    expect(warm2.pages).toBe(full2.pages)
    expectSameFiles(out('warm2'), out('full2'))
    expect(files(out('warm2')).get(`nyheiter/${authored.slug}/index.html`)!.toString()).toContain(
      `${author.name} Haugen`,
    )
    expect(files(out('warm2')).get('nyheiter/arkiv/2025/06/index.html')!.toString()).toContain(
      `/nyheiter/${moved.slug}/`,
    )

    const a = files(out('warm'))
    const html = [...a].map(([, bytes]) => bytes.toString('utf8')).join('\n')
    expect(html).toContain('Ny sak om fiber til hyttefelta')
    expect(html).toContain('Endra tittel på ei sak')
    expect(a.get(`nyheiter/${tagged.slug}/index.html`)!.toString()).toContain('Omdøypt tema')
    expect(html).toContain('Flytta dialogmøte')
    expect(a.get('kontakt/index.html')!.toString()).toContain('Torbjørn Nordbø Vik')
  }, 900_000)
})
