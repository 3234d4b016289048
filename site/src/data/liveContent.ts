import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * How the warm renderer (site/publish/warm/) hands fresh content to the pages between publishes,
 * without Astro's content store on disk: a value on globalThis under a registered symbol, so the
 * renderer (loaded with Astro's config) and the pages (Astro's build bundle) find the same one.
 */
export interface LiveContent {
  /** A new number for each publish: what was memoised for the last one is dropped. */
  generation: number
  /** The moment the publish builds as of (upcoming or past, sign-up open or closed). */
  now: Date
  entries: (collection: string) => { id: string; data: unknown; digest?: string | number }[]
}

export const LIVE_CONTENT = Symbol.for('naeringshub.site.liveContent')

type WithLive = { [LIVE_CONTENT]?: LiveContent }

export const liveContent = (): LiveContent | undefined => (globalThis as WithLive)[LIVE_CONTENT]

export function setLiveContent(content: LiveContent) {
  ;(globalThis as WithLive)[LIVE_CONTENT] = content
}

/**
 * Which collections a render read (data/index.ts notes each), for the pages without a cache key:
 * the warm renderer renders such a page again only when a collection it read changed. A memoised
 * list is read once per generation, so what it read is kept as a set of its own and every page
 * that uses it gets that set (filled by the time the page has its result).
 */
export type Reads = Set<string | Reads>

const READS = Symbol.for('naeringshub.site.reads')
type WithReads = { [READS]?: AsyncLocalStorage<Reads> }
const readsStorage = () => ((globalThis as WithReads)[READS] ??= new AsyncLocalStorage<Reads>())

/** Notes a collection, or a memoised list's reads, as read by the render under way. */
export function noteRead(read: string | Reads) {
  readsStorage().getStore()?.add(read)
}

/** Runs `fn` with its reads collected into `into` (nested collections stay separate). */
export const collectingReads = <T>(into: Reads, fn: () => T): T => readsStorage().run(into, fn)

/** The collections in a set of reads, nested sets included. */
export function collectionsRead(reads: Reads, into = new Set<string>()): Set<string> {
  for (const read of reads)
    if (typeof read === 'string') into.add(read)
    else if (read !== reads) collectionsRead(read, into)
  return into
}
