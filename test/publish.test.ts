/**
 * Publish → live: an editor's change reaches the served site by itself, and a failed build leaves
 * the old site served with the failure recorded for the admin.
 */
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { requestSiteBuild } from '../cms/siteBuilds/request'
import { siteBuildQueue } from '../cms/siteBuilds/queue'
import { liveDir } from '../site/publish/live'
import { type Publisher, startPublisher } from '../site/publish/publisher'
import { serveStatic, type StaticServer } from '../site/publish/server'
import { testCms, type TestCms } from './helpers/cms'
import { dataDir, startCmsServer } from './helpers/site'
import { filledByHooks } from './helpers/docs'

let cms: TestCms
let api: Awaited<ReturnType<typeof startCmsServer>>
let site: StaticServer
let publisher: Publisher

async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 120_000,
): Promise<T> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const value = await check()
    if (value) return value
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** The publisher's warm renderers: this process's children started with SITE_RENDERER=1. */
function rendererPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const ppid = Number(
          fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1],
        )
        return (
          ppid === process.pid &&
          fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes('SITE_RENDERER=1')
        )
      } catch {
        return false
      }
    })
    .map(Number)
}

const latestBuild = async () =>
  (await cms.payload.find({ collection: 'site-builds', sort: '-createdAt', limit: 1 })).docs[0]

beforeAll(async () => {
  cms = await testCms()
  await cms.payload.updateGlobal({
    slug: 'site-settings',
    data: {
      officeName: 'Næringskontoret',
      municipality: 'Vinje',
      municipalityNumber: '4036',
      postalAddress: 'Vinjevegen 1',
      contactEmail: 'post@vinje.example',
    },
  })
  api = await startCmsServer()
  site = await serveStatic(() => liveDir(dataDir()), 0)
  publisher = startPublisher({
    queue: siteBuildQueue(cms.payload),
    dataDir: dataDir(),
    cmsUrl: api.url,
    siteUrl: site.url,
    debounceMs: 300,
    pollMs: 100,
  })
}, 120_000)

afterAll(async () => {
  await publisher?.stop()
  await site?.close()
  await api?.close()
})

describe('publishing', () => {
  it('an article published in the CMS appears on the served site without a manual step', async () => {
    await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({ title: 'Ny straum til industriområdet', _status: 'published' }),
    })
    const res = await waitFor('the article page', async () => {
      const r = await fetch(`${site.url}/nyheiter/ny-straum-til-industriomradet/`)
      return r.status === 200 && r
    })
    expect(await res.text()).toContain('Ny straum til industriområdet')
    const build = await latestBuild()
    expect(build.status).toBe('succeeded')
    expect(build.trigger).toMatch(/articles \d+ created/)
  })

  it('search follows the publish: the page goes live first, then into the search index', async () => {
    const indexed = async () => {
      const entry = (await (await fetch(`${site.url}/pagefind/pagefind-entry.json`)).json()) as {
        languages: Record<string, { page_count: number }>
      }
      return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)
    }
    await publisher.searchIdle()
    const before = await indexed()
    await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({ title: 'Søkbar sak om breiband', _status: 'published' }),
    })
    await waitFor(
      'the article page',
      async () => (await fetch(`${site.url}/nyheiter/sokbar-sak-om-breiband/`)).status === 200,
    )
    await publisher.searchIdle()
    expect(await indexed()).toBe(before + 1)
    const html = await (await fetch(`${site.url}/nyheiter/sokbar-sak-om-breiband/`)).text()
    expect(html).toContain('Søkbar sak om breiband')
  })

  it('edits in quick succession fold into one build', async () => {
    const before = (await cms.payload.count({ collection: 'site-builds' })).totalDocs
    for (const title of ['Fyrste', 'Andre', 'Tredje'])
      await cms.payload.create({
        collection: 'articles',
        locale: 'nn',
        data: filledByHooks({ title: `${title} sak i rekkja`, _status: 'published' }),
      })
    await waitFor(
      'the third article',
      async () => (await fetch(`${site.url}/nyheiter/tredje-sak-i-rekkja/`)).status === 200,
    )
    expect((await cms.payload.count({ collection: 'site-builds' })).totalDocs - before).toBe(1)
  })

  it('a draft save does not queue a build', async () => {
    const before = (await cms.payload.count({ collection: 'site-builds' })).totalDocs
    await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Berre eit utkast', _status: 'draft' },
    })
    expect((await cms.payload.count({ collection: 'site-builds' })).totalDocs).toBe(before)
  })

  it('a publish is rendered by the warm renderer; one that died is replaced by a full build', async () => {
    await publisher.searchIdle()
    // The quick edits before were published by the renderer, not by a whole build.
    expect((await latestBuild()).log).toMatch(/by the warm renderer/)
    const [renderer] = rendererPids()
    expect(renderer).toBeGreaterThan(0)
    process.kill(renderer, 'SIGKILL')
    await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({ title: 'Sak etter eit krasj', _status: 'published' }),
    })
    await waitFor(
      'the article after the crash',
      async () => (await fetch(`${site.url}/nyheiter/sak-etter-eit-krasj/`)).status === 200,
    )
    const build = await latestBuild()
    expect(build.status).toBe('succeeded')
    expect(build.log).not.toMatch(/by the warm renderer/)
    // A new renderer took over for the next publish.
    expect(rendererPids()).toHaveLength(1)
    expect(rendererPids()[0]).not.toBe(renderer)
  })

  it('a build that fails (CMS unreachable) leaves the old site served and records the error', async () => {
    await publisher.searchIdle()
    const live = liveDir(dataDir())
    await api.close()
    await requestSiteBuild(cms.payload, 'test: CMS down')
    const failed = await waitFor('the failed build', async () => {
      const b = await latestBuild()
      return b.status === 'failed' && b
    })
    expect(failed.error).toMatch(/CMS did not answer|fetch failed|ECONNREFUSED/)
    expect(failed.log?.length).toBeGreaterThan(0)
    expect(liveDir(dataDir())).toBe(live)
    const res = await fetch(`${site.url}/nyheiter/ny-straum-til-industriomradet/`)
    expect(res.status).toBe(200)
  })
})
