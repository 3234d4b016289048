/**
 * Publishes the site when editors change public content. It watches the `site-builds` queue the
 * CMS hooks fill, waits until edits have paused (debounce), builds into a fresh folder, and swaps
 * it live only when the build succeeded. Every build's outcome and log land on its record, so the
 * admin shows whether a change went live and why not.
 */
import type { Payload } from 'payload'

import { startLoop } from '../../cms/jobs/loop'
import { requestSiteBuild } from '../../cms/jobs/siteBuild/request'
import { osloParts } from '../../cms/time/oslo'
import { buildSite, logTail, SiteBuildError } from './build'
import { makeLive, newBuildDir, pruneBuilds, siteDirs } from './live'

/**
 * Edits closer together than this fold into one build, and edits made while a build runs fold into
 * the next one; short, because publish-to-live should take seconds.
 */
export const PUBLISH_DEBOUNCE_MS = 300
export const PUBLISH_POLL_MS = 100

export interface PublisherOptions {
  payload: Payload
  dataDir: string
  cmsUrl: string
  siteUrl: string
  publicCmsUrl?: string
  debounceMs?: number
  pollMs?: number
  /** Rebuild once a night so "upcoming" and "past" follow the calendar. */
  nightly?: boolean
  onBuilt?: (outcome: { status: 'succeeded' | 'failed'; id: number | string; durationMs: number }) => void
}

export interface Publisher {
  stop: () => Promise<void>
  /** Builds now if something is queued and the debounce has passed; resolves when done. */
  tick: () => Promise<void>
}

export function startPublisher(opts: PublisherOptions): Publisher {
  const { payload, debounceMs = PUBLISH_DEBOUNCE_MS, pollMs = PUBLISH_POLL_MS } = opts
  let lastNightly = ''

  async function queueNightly() {
    const now = osloParts(new Date())
    const today = `${now.year}-${now.month}-${now.day}`
    if (!opts.nightly || lastNightly === today || now.hour !== 0 || now.minute < 5) return
    lastNightly = today
    await requestSiteBuild(payload, 'nightly rebuild (upcoming/past events and courses)')
  }

  async function buildNext() {
    await queueNightly()
    const queued = await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, sort: 'requestedAt', limit: 1, depth: 0 })
    const job = queued.docs[0]
    if (!job || Date.now() - new Date(job.requestedAt).getTime() < debounceMs) return
    const startedAt = new Date()
    await payload.update({ collection: 'site-builds', id: job.id, data: { status: 'running', startedAt: startedAt.toISOString() }, depth: 0 })
    const outDir = newBuildDir(opts.dataDir)
    try {
      const result = await buildSite({ outDir, cmsUrl: opts.cmsUrl, siteUrl: opts.siteUrl, publicCmsUrl: opts.publicCmsUrl, cacheDir: siteDirs(opts.dataDir).cache })
      makeLive(opts.dataDir, outDir)
      pruneBuilds(opts.dataDir)
      await payload.update({
        collection: 'site-builds',
        id: job.id,
        data: { status: 'succeeded', finishedAt: new Date().toISOString(), durationMs: result.durationMs, pages: result.pages, log: logTail(result.log, 4000) },
        depth: 0,
      })
      opts.onBuilt?.({ status: 'succeeded', id: job.id, durationMs: result.durationMs })
    } catch (err) {
      const log = err instanceof SiteBuildError ? err.log : String((err as Error).stack ?? err)
      payload.logger.error({ msg: `Site build ${job.id} failed; the live site is unchanged`, err })
      await payload.update({
        collection: 'site-builds',
        id: job.id,
        data: { status: 'failed', finishedAt: new Date().toISOString(), durationMs: Date.now() - startedAt.getTime(), error: (err as Error).message.slice(0, 500), log: logTail(log) },
        depth: 0,
      })
      opts.onBuilt?.({ status: 'failed', id: job.id, durationMs: Date.now() - startedAt.getTime() })
    }
  }

  return startLoop(buildNext, pollMs, (err) => payload.logger.error({ msg: 'Site publisher failed', err }))
}
