import type { Locale } from '../i18n/routes'
import type { L } from './types'

/** The text in the reader's language, falling back to Nynorsk (as the CMS does). */
export const t = <V>(value: L<V> | null | undefined, locale: Locale): V | undefined =>
  (value?.[locale] ?? value?.nn ?? undefined) as V | undefined

/** True when the document has its own text in that language (not the Nynorsk fallback). */
export const has = (value: L<unknown> | null | undefined, locale: Locale) => Boolean(value?.[locale])
