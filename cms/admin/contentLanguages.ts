/**
 * Which content languages a document has, for the list column and the sidebar ("nn ✓ en –"):
 * a language counts when the document's title (its `useAsTitle` field) is filled in there.
 */
import type { CollectionSlug, Payload, UIField } from 'payload'

import { LOCALES, type Locale } from '../../common/locales'
import { staticLabel } from '../fields/labels'

export type LanguagePresence = Record<Locale, boolean>

export function presenceOf(titles: unknown): LanguagePresence {
  const byLocale = (titles && typeof titles === 'object' ? titles : {}) as Record<string, unknown>
  return Object.fromEntries(
    LOCALES.map((l) => [l, typeof byLocale[l] === 'string' && byLocale[l].trim() !== '']),
  ) as LanguagePresence
}

export async function contentLanguagesOf(
  payload: Payload,
  collection: string,
  id: number | string,
  titleField: string,
): Promise<LanguagePresence> {
  const doc = await payload.findByID({
    collection: collection as CollectionSlug,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    select: { [titleField]: true },
    disableErrors: true,
  })
  return presenceOf((doc as Record<string, unknown> | null)?.[titleField])
}

/** The props Payload gives the list cell (cms/admin/ContentLanguages.tsx). */
export interface CellProps {
  payload?: Payload
  collectionConfig?: { slug: string; admin?: { useAsTitle?: string } }
  collectionSlug?: string
  rowData?: { id?: number | string }
}

/**
 * A list row's languages. A list passes the collection's config (some list renders only its
 * slug). Payload 3.90 also builds the cell in every edit view, with the field's props (no config,
 * no row): its form state skips a ui field's Cell with `key in ['Cell', …]`, which tests array
 * indices. Nothing is shown there, so nothing is read.
 */
export async function rowContentLanguages({
  payload,
  collectionConfig,
  collectionSlug,
  rowData,
}: CellProps): Promise<LanguagePresence | null> {
  const id = rowData?.id
  if (!payload || id === undefined || id === null) return null
  const config =
    collectionConfig ??
    (collectionSlug ? payload.collections[collectionSlug as CollectionSlug]?.config : undefined)
  const titleField = config?.admin?.useAsTitle
  if (!config || !titleField) return null
  return contentLanguagesOf(payload, config.slug, id, titleField)
}

/** "nn ✓ en –": short enough for a list column, read in full by a screen reader. */
export const presenceText = (p: LanguagePresence) =>
  LOCALES.map((l) => `${l} ${p[l] ? '✓' : '–'}`).join(' ')

export const presenceDescription = (p: LanguagePresence, lang: Locale) =>
  lang === 'en'
    ? `Nynorsk: ${p.nn ? 'yes' : 'no'}, English: ${p.en ? 'yes' : 'no'}`
    : `Nynorsk: ${p.nn ? 'ja' : 'nei'}, engelsk: ${p.en ? 'ja' : 'nei'}`

/** Not stored: the languages column of a list and the same line in the edit view's sidebar. */
export const contentLanguagesField = (): UIField => ({
  name: 'contentLanguages',
  type: 'ui',
  label: staticLabel('Språkversjonar', 'Language versions'),
  admin: {
    position: 'sidebar',
    components: {
      Cell: '/admin/ContentLanguages#ContentLanguagesCell',
      Field: '/admin/ContentLanguages#ContentLanguagesField',
    },
  },
})
