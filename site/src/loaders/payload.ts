/**
 * An Astro content-layer loader for one Payload collection. It reads both languages at once
 * (locale=all) and only the documents changed since the last sync; documents deleted or unpublished
 * in the CMS disappear from the store because they are no longer in the public id list.
 *
 * Each document is checked against the collection's schema and page rules before it is stored. One
 * that fails is left out (withheld) and reported with the reason, so one bad document never stops
 * the rest of the site from publishing. With SITE_CONTENT_OFFLINE=1 every collection is empty, so
 * the site type-checks without a CMS.
 */
import type { Loader } from 'astro/loaders'
import type { z } from 'astro/zod'

import { reportWithheld } from './buildReport'
import { cmsGet, type PageOf, query } from './cmsClient'
import { checkDocument, type PublishRule, schemaReason } from './publishable'

type Doc = { id: number | string; updatedAt?: string } & Record<string, unknown>

export interface PayloadLoaderOptions<S extends z.ZodType> {
  collection: string
  schema: S
  /** What a page needs beyond the schema (e.g. a Nynorsk title); the reason when it is missing. */
  rule?: PublishRule<z.output<S>>
  /**
   * What needs more than the document to check (an image's file); null when the document can be
   * published, otherwise the reason it is withheld. Runs only for documents that changed.
   */
  verify?: (doc: z.output<S>) => Promise<string | null>
  /** Turns a REST document into what the site stores (e.g. rich text to HTML). */
  transform?: (doc: Doc) => Record<string, unknown>
  pageSize?: number
}

const offline = () => process.env.SITE_CONTENT_OFFLINE === '1'

// Documents saved while a sync runs must be picked up by the next one.
const CLOCK_MARGIN_MS = 5_000

/** How many documents the public can read now: one count, not the list. */
async function publicCount(collection: string): Promise<number> {
  const page = await cmsGet<PageOf<Doc>>(
    `/${collection}?${query({ limit: 1, depth: 0, 'select[id]': 'true' })}`,
  )
  return page.totalDocs
}

async function publicIds(collection: string): Promise<Set<string>> {
  const page = await cmsGet<PageOf<Doc>>(
    `/${collection}?${query({ pagination: 'false', depth: 0, 'select[id]': 'true' })}`,
  )
  return new Set(page.docs.map((d) => String(d.id)))
}

async function* changedDocs(collection: string, since: string | undefined, pageSize: number) {
  let page = 1
  while (true) {
    const params: Record<string, string | number | undefined> = {
      locale: 'all',
      depth: 0,
      limit: pageSize,
      page,
      sort: 'id',
    }
    if (since) params['where[updatedAt][greater_than]'] = since
    const result = await cmsGet<PageOf<Doc>>(`/${collection}?${query(params)}`)
    yield* result.docs
    if (!result.hasNextPage) return
    page++
  }
}

export function payloadLoader<S extends z.ZodType>({
  collection,
  schema,
  rule,
  verify,
  transform = (d) => d,
  pageSize = 100,
}: PayloadLoaderOptions<S>): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, meta, parseData, generateDigest, logger }) => {
      if (offline()) return store.clear()
      const began = performance.now()
      const startedAt = new Date(Date.now() - CLOCK_MARGIN_MS).toISOString()
      const lastSync = store.keys().length ? meta.get('lastSync') : undefined
      // Withheld documents are not fetched again until they change, so their reasons are kept.
      const withheld = new Map<string, string>(
        lastSync ? Object.entries(JSON.parse(meta.get('withheld') ?? '{}')) : [],
      )
      let changed = 0
      for await (const doc of changedDocs(collection, lastSync, pageSize)) {
        const id = String(doc.id)
        const checked = checkDocument(schema, transform(doc), rule)
        const reason = checked.ok ? await verify?.(checked.data) : checked.reason
        if (!checked.ok || reason) {
          store.delete(id)
          withheld.set(id, reason!)
          continue
        }
        withheld.delete(id)
        const data = await parseData({ id, data: checked.data as Record<string, unknown> })
        if (store.set({ id, data, digest: generateDigest(data) })) changed++
      }
      // Every public document is now stored or withheld. Documents deleted or unpublished since
      // are in neither answer; they are looked for (the whole list of public ids, 10,000 at
      // 10,000 articles) only when the public count says some are left: a publish that only
      // changed or added documents costs one count.
      const total = await publicCount(collection)
      let removed = 0
      if (total !== store.keys().length + withheld.size) {
        const ids = await publicIds(collection)
        for (const key of store.keys()) {
          if (!ids.has(key)) {
            store.delete(key)
            removed++
          }
        }
        for (const key of withheld.keys()) if (!ids.has(key)) withheld.delete(key)
      }
      meta.set('lastSync', startedAt)
      meta.set('withheld', JSON.stringify(Object.fromEntries(withheld)))
      reportWithheld(collection, withheld)
      logger.info(
        `${collection}: ${total} public, ${changed} changed, ${removed} removed${lastSync ? ` since ${lastSync}` : ''}${withheld.size ? `, ${withheld.size} withheld` : ''} (${Math.round(performance.now() - began)} ms)`,
      )
      for (const [id, reason] of withheld) logger.warn(`${collection} ${id} withheld: ${reason}`)
    },
  }
}

/**
 * One JSON document from the CMS (a global, or a public endpoint's answer) as a one-entry
 * collection. Not an editor's document but the site's frame (settings, statistics): one that does
 * not fit its schema stops the build with the reason.
 */
export function payloadSingleLoader(id: string, pathAndQuery: string, schema: z.ZodType): Loader {
  return {
    name: `payload-single:${id}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      if (offline()) return store.clear()
      const began = performance.now()
      const parsed = schema.safeParse(await cmsGet<Record<string, unknown>>(pathAndQuery))
      if (!parsed.success) throw new Error(`${id}: ${schemaReason(parsed.error)}`)
      const data = await parseData({ id, data: parsed.data as Record<string, unknown> })
      const digest = generateDigest(data)
      // Unchanged, the entry stays as it is (a publish then renders no page for it).
      if (store.get(id)?.digest !== digest) {
        store.clear()
        store.set({ id, data, digest })
      }
      logger.info(`${id} (${Math.round(performance.now() - began)} ms)`)
    },
  }
}

export const payloadGlobalLoader = (slug: string, schema: z.ZodType) =>
  payloadSingleLoader(slug, `/globals/${slug}?${query({ locale: 'all', depth: 0 })}`, schema)
