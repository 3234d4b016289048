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
