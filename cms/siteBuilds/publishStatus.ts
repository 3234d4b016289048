/**
 * Where a document's last change stands on the public site, from the builds that carried it:
 * queued, building, live (with the page's address), failed (with what to fix), or removed. The
 * admin shows it on every public document, so an editor never has to guess whether a change is live.
 */
import type { Payload } from 'payload'

import { href, type Section } from '../../common/routes'
import type { SiteBuild } from '../payload-types'

export type PublishState = 'queued' | 'building' | 'live' | 'failed' | 'removed' | 'not-public'

export interface PublishStatus {
  state: PublishState
  /** The live page, when the document has one of its own. */
  url?: string
  /** Why it failed, in Nynorsk (the build's error or what the document lacks). */
  reason?: string
  /** When the state was reached. */
  at?: string
}

/** The public page of a document of each collection, by its Nynorsk slug. */
const SECTION: Record<string, Section> = {
  articles: 'news',
  events: 'events',
  courses: 'courses',
  providers: 'providers',
  topics: 'topics',
}
const LIST_PAGE: Record<string, Section> = {
  'funding-schemes': 'funding',
  businesses: 'businesses',
  users: 'contact',
}

const RECENT_BUILDS = 50

interface Withheld {
  collection: string
  id: string | number
  reason: string
}

const carries = (build: SiteBuild, key: string) =>
  Array.isArray(build.documents) && (build.documents as unknown[]).includes(key)

function withheldReason(build: SiteBuild, collection: string, id: string | number) {
  const list = Array.isArray(build.withheld) ? (build.withheld as Withheld[]) : []
  return list.find((w) => w.collection === collection && String(w.id) === String(id))?.reason
}

export async function pageUrl(
  payload: Payload,
  siteUrl: string,
  collection: string,
  id: string | number,
): Promise<string | undefined> {
  if (LIST_PAGE[collection]) return `${siteUrl}${href('nn', LIST_PAGE[collection])}`
  if (collection === 'newsletters') return `${siteUrl}${href('nn', 'archive', id)}`
  const section = SECTION[collection]
  if (!section) return undefined
  const doc = (await payload.findByID({
    collection: collection as 'articles',
    id,
    locale: 'nn',
    fallbackLocale: false,
    depth: 0,
    select: { slug: true },
  })) as { slug?: string | null }
  return doc.slug ? `${siteUrl}${href('nn', section, doc.slug)}` : undefined
}

export async function publishStatus(
  payload: Payload,
  siteUrl: string,
  collection: string,
  id: string | number,
  isPublicNow: boolean,
): Promise<PublishStatus> {
  const key = `${collection}:${id}`
  const builds = await payload.find({
    collection: 'site-builds',
    sort: '-requestedAt',
    limit: RECENT_BUILDS,
    depth: 0,
  })
  const build = builds.docs.find((b) => carries(b, key))
  if (!build) {
    if (!isPublicNow) return { state: 'not-public' }
    return { state: 'live', url: await pageUrl(payload, siteUrl, collection, id) }
  }
  switch (build.status) {
    case 'queued':
      return { state: 'queued', at: build.requestedAt }
    case 'running':
      return { state: 'building', at: build.startedAt ?? build.requestedAt }
    case 'failed':
      return {
        state: 'failed',
        at: build.finishedAt ?? undefined,
        reason: `Nettstaden vart ikkje bygd: ${build.error ?? 'ukjend feil'}. Den førre versjonen er framleis ute.`,
      }
    default: {
      const reason = withheldReason(build, collection, id)
      if (reason) return { state: 'failed', at: build.finishedAt ?? undefined, reason }
      if (!isPublicNow) return { state: 'removed', at: build.finishedAt ?? undefined }
      return {
        state: 'live',
        at: build.finishedAt ?? undefined,
        url: await pageUrl(payload, siteUrl, collection, id),
      }
    }
  }
}
