/**
 * An Astro content-layer loader for one Payload collection. It reads both languages at once
 * (locale=all) and only the documents changed since the last sync; documents deleted or unpublished
 * in the CMS disappear from the store because they are no longer in the public id list.
 */
import type { Loader } from 'astro/loaders'

import { cmsGet, type PageOf, query } from './cmsClient'

type Doc = { id: number | string; updatedAt?: string } & Record<string, unknown>

export interface PayloadLoaderOptions {
  collection: string
  /** Turns a REST document into what the site stores (e.g. rich text to HTML). */
  transform?: (doc: Doc) => Record<string, unknown>
  pageSize?: number
}

// Documents saved while a sync runs must be picked up by the next one.
const CLOCK_MARGIN_MS = 5_000

async function publicIds(collection: string): Promise<Set<string>> {
  const page = await cmsGet<PageOf<Doc>>(`/${collection}?${query({ pagination: 'false', depth: 0, 'select[id]': 'true' })}`)
  return new Set(page.docs.map((d) => String(d.id)))
}

async function* changedDocs(collection: string, since: string | undefined, pageSize: number) {
  let page = 1
  while (true) {
    const params: Record<string, string | number | undefined> = { locale: 'all', depth: 0, limit: pageSize, page, sort: 'id' }
    if (since) params['where[updatedAt][greater_than]'] = since
    const result = await cmsGet<PageOf<Doc>>(`/${collection}?${query(params)}`)
    yield* result.docs
    if (!result.hasNextPage) return
    page++
  }
}

export function payloadLoader({ collection, transform = (d) => d, pageSize = 100 }: PayloadLoaderOptions): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, meta, parseData, generateDigest, logger }) => {
      const startedAt = new Date(Date.now() - CLOCK_MARGIN_MS).toISOString()
      const lastSync = store.keys().length ? meta.get('lastSync') : undefined
      const ids = await publicIds(collection)
      let removed = 0
      for (const key of store.keys()) {
        if (!ids.has(key)) {
          store.delete(key)
          removed++
        }
      }
      let changed = 0
      for await (const doc of changedDocs(collection, lastSync, pageSize)) {
        const id = String(doc.id)
        const data = await parseData({ id, data: transform(doc) })
        if (store.set({ id, data, digest: generateDigest(data) })) changed++
      }
      meta.set('lastSync', startedAt)
      logger.info(`${collection}: ${ids.size} public, ${changed} changed, ${removed} removed${lastSync ? ` since ${lastSync}` : ''}`)
    },
  }
}

/** One JSON document from the CMS (a global, or a public endpoint's answer) as a one-entry collection. */
export function payloadSingleLoader(id: string, pathAndQuery: string): Loader {
  return {
    name: `payload-single:${id}`,
    load: async ({ store, parseData, generateDigest }) => {
      const doc = await cmsGet<Record<string, unknown>>(pathAndQuery)
      const data = await parseData({ id, data: doc })
      store.clear()
      store.set({ id, data, digest: generateDigest(data) })
    },
  }
}

export const payloadGlobalLoader = (slug: string) => payloadSingleLoader(slug, `/globals/${slug}?${query({ locale: 'all', depth: 0 })}`)
