import type { Locale } from '../../../common/routes'
import type { L } from './types'

/** The text in the reader's language, falling back to Nynorsk (as the CMS does). */
export const t = <V>(value: L<V> | null | undefined, locale: Locale): V | undefined =>
  (value?.[locale] ?? value?.nn ?? undefined) as V | undefined

/** True when the document has its own text in that language (not the Nynorsk fallback). */
export const has = (value: L<unknown> | null | undefined, locale: Locale) =>
  Boolean(value?.[locale])

/** Its own page in that language needs both a title and an address (slug) in that language. */
export const hasPage = (doc: { title?: L<unknown> | null; slug: L<unknown> }, locale: Locale) =>
  has(doc.title, locale) && has(doc.slug, locale)
