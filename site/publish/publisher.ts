/**
 * Publishes the site when editors change public content. It watches the `site-builds` queue the
 * CMS hooks fill, waits until edits have paused (debounce), builds into a fresh folder, and swaps
 * it live only when the build succeeded. Every build's outcome and log land on its record, so the
 * admin shows whether a change went live and why not.
 */
import fs from 'node:fs'

import { startLoop } from '../../common/loop'
import { osloParts } from '../../common/oslo'
import { type BuildResult, buildSite, logTail, publishWarm, SiteBuildError } from './build'
import { indexBuild, indexDerived } from './fileIndex'
import { liveDir, makeLive, newBuildDir, pruneBuilds, siteDirs } from './live'
import type { SiteBuildQueue } from './queue'
import { renewSearch } from './search'
import { SpareFolder } from './spare'
import type { Renderer } from './warm/process'

/**
 * Edits closer together than this fold into one build, and edits made while a build runs fold into
 * the next one; short, because publish-to-live should take seconds.
 */
export const PUBLISH_DEBOUNCE_MS = 300
export const PUBLISH_POLL_MS = 100

export interface PublisherOptions {
  queue: SiteBuildQueue
  /** Where failures are logged (Payload's logger under `npm start`). */
  logError?: (msg: string, err: unknown) => void
  dataDir: string
  cmsUrl: string
  siteUrl: string
  publicCmsUrl?: string
  debounceMs?: number
  pollMs?: number
  /** Rebuild once a night so "upcoming" and "past" follow the calendar. */
  nightly?: boolean
  onBuilt?: (outcome: {
    status: 'succeeded' | 'failed'
    id: number | string
    durationMs: number
  }) => void
}

export interface Publisher {
  stop: () => Promise<void>
  /** Builds now if something is queued and the debounce has passed; resolves when done. */
  tick: () => Promise<void>
  /** Resolves when the search index made after the last publish is live (or was dropped). */
  searchIdle: () => Promise<void>
}

export function startPublisher(opts: PublisherOptions): Publisher {
  const { queue, debounceMs = PUBLISH_DEBOUNCE_MS, pollMs = PUBLISH_POLL_MS } = opts
  const logError = opts.logError ?? ((msg, err) => console.error(msg, err))
  let lastNightly = ''
  // Work after a build went live (removing old builds), awaited only by stop().
  const background = new Set<Promise<void>>()
  function inBackground(what: string, work: Promise<void>) {
    const done: Promise<void> = work
      .catch((err) => logError(what, err))
      .finally(() => background.delete(done))
    background.add(done)
  }
  // Fresh search indexes are made one at a time, beside the publishing (search.ts).
  let searchRun: Promise<void> = Promise.resolve()
  // The warm renderer (warm/renderer.ts): started by the first full build, it renders each publish;
  // null until then, after a failure (the next build is full and starts a new one) and at night.
  let renderer: Renderer | null = null
  let fullNext = true

  // The next warm publish's folder, made ready after each swap (spare.ts).
  const spare = new SpareFolder(opts.dataDir, logError)
  const prune = () => pruneBuilds(opts.dataDir, 3, spare.inUse())

  // The index being made, so a newer build going live can stop it (its folder is reused).
  let indexing: { indexed: string; abort: AbortController; done: Promise<void> } | null = null

  function refreshSearch(indexed: string) {
    searchRun = searchRun.then(async () => {
      // A newer build went live meanwhile: it makes its own index.
      if (liveDir(opts.dataDir) !== indexed) return
      const abort = new AbortController()
      const done = renewSearch(opts.dataDir, indexed, abort.signal).then(
        () => undefined,
        (err) => {
          if (!abort.signal.aborted)
            logError('The search index was not renewed; search shows the previous one', err)
        },
      )
      indexing = { indexed, abort, done }
      await done
      if (indexing?.done === done) indexing = null
    })
  }

  /**
   * A newer build is live: an index still being made of the one it replaced is dropped (the newer
   * one gets its own), and that folder is handed to the spare only once Pagefind has let go of it.
   */
  function stopIndexing(replaced: string): Promise<void> {
    if (indexing?.indexed !== replaced) return Promise.resolve()
    indexing.abort.abort()
    return indexing.done
  }

  async function queueNightly() {
    const now = osloParts(new Date())
    const today = `${now.year}-${now.month}-${now.day}`
    if (!opts.nightly || lastNightly === today || now.hour !== 0 || now.minute < 5) return
    lastNightly = today
    fullNext = true
    await queue.request('nightly rebuild (upcoming/past events and courses)')
  }

  async function buildNext() {
    await queueNightly()
    const job = await queue.claimNext(debounceMs)
    if (!job) return
    const startedAt = Date.now()
    const previous = liveDir(opts.dataDir)
    try {
      const { dir: outDir, result } = await build()
      // The site server's table of the new build's files, made before the swap (fileIndex.ts).
      if (result.changes && previous) await indexDerived(outDir, previous, result.changes)
      else await indexBuild(outDir)
      makeLive(opts.dataDir, outDir)
      if (result.changes && previous)
        spare.recycle(previous, outDir, result.changes, stopIndexing(previous))
      else spare.copy(outDir)
      if (result.searchPending) refreshSearch(outDir)
      inBackground('Removing old site builds failed', prune())
      await queue.succeed(job.id, {
        durationMs: result.durationMs,
        pages: result.pages,
        log: logTail(result.log, 4000),
        withheld: result.withheld,
      })
      opts.onBuilt?.({ status: 'succeeded', id: job.id, durationMs: result.durationMs })
    } catch (err) {
      const log = err instanceof SiteBuildError ? err.log : String((err as Error).stack ?? err)
      const durationMs = Date.now() - startedAt
      // The renderer knows the build it made, which did not go live: the next one is full.
      fullNext = true
      logError(`Site build ${job.id} failed; the live site is unchanged`, err)
      await queue.fail(job.id, { durationMs, error: (err as Error).message, log: logTail(log) })
      opts.onBuilt?.({ status: 'failed', id: job.id, durationMs })
    }
  }

  /** By the warm renderer when it is running, else in full (which starts a new renderer). */
  async function build(): Promise<{ dir: string; result: BuildResult }> {
    const live = liveDir(opts.dataDir)
    if (renderer?.alive && live && !fullNext) {
      const ready = await spare.take(live)
      const dir = ready ?? newBuildDir(opts.dataDir)
      try {
        const result = await publishWarm(renderer, {
          outDir: dir,
          previousDir: live,
          linked: Boolean(ready),
          cmsUrl: opts.cmsUrl,
          publicCmsUrl: opts.publicCmsUrl,
        })
        return { dir, result }
      } catch (err) {
        logError('The warm renderer failed; the site is built in full instead', err)
        await fs.promises.rm(dir, { recursive: true, force: true })
      }
    }
    await renderer?.stop()
    renderer = null
    fullNext = false
    spare.drop()
    const dir = newBuildDir(opts.dataDir)
    try {
      const result = await buildSite({
        outDir: dir,
        cmsUrl: opts.cmsUrl,
        siteUrl: opts.siteUrl,
        publicCmsUrl: opts.publicCmsUrl,
        cacheDir: siteDirs(opts.dataDir).cache,
        previousDir: live,
        sharedSearch: opts.dataDir,
        keepRenderer: true,
      })
      renderer = result.renderer ?? null
      return { dir, result }
    } catch (err) {
      await fs.promises.rm(dir, { recursive: true, force: true })
      throw err
    }
  }

  const loop = startLoop(buildNext, pollMs, (err) => logError('Site publisher failed', err))
  return {
    tick: loop.tick,
    searchIdle: () => searchRun,
    stop: async () => {
      await loop.stop()
      await renderer?.stop()
      renderer = null
      await spare.settled()
      await searchRun
      await Promise.all(background)
    },
  }
}
