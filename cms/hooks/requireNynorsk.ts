/**
 * A public document cannot be published without its Nynorsk title and slug: the site's pages and
 * links are made from them (Nynorsk is the site's first language), and an editor who wrote only in
 * English while the content language was English is told what to do instead of stopping the site.
 */
import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { DEFAULT_LOCALE } from '../../common/locales'
import { inLanguageOf } from '../fields/labels'

const present = (v: unknown) => typeof v === 'string' && v.trim() !== ''

/**
 * Read without passing `req` on: Payload sets `req.locale` from a nested call's `locale`, and the
 * save in progress would then write its English texts into the Nynorsk fields.
 */
async function storedNynorsk(req: PayloadRequest, collection: string, id: number | string) {
  return (await req.payload.findByID({
    collection: collection as 'articles',
    id,
    locale: DEFAULT_LOCALE,
    fallbackLocale: false,
    draft: true,
    depth: 0,
  })) as unknown as Record<string, unknown>
}

/** `titleField` is the collection's title (title or name); `hasDrafts`: publish = `_status`. */
export const requireNynorskToPublish =
  (titleField = 'title', hasDrafts = true): CollectionBeforeChangeHook =>
  async ({ data, req, originalDoc, collection }) => {
    if (hasDrafts && data._status !== 'published') return data
    const locale = req.locale ?? DEFAULT_LOCALE
    if (locale === DEFAULT_LOCALE || locale === 'all') return data
    const nynorsk = originalDoc?.id ? await storedNynorsk(req, collection.slug, originalDoc.id) : {}
    const missing = [titleField, 'slug'].filter((f) => !present(nynorsk[f]))
    if (!missing.length) return data
    throw new ValidationError({
      collection: collection.slug,
      errors: missing.map((path) => ({
        path,
        message: inLanguageOf(
          req,
          'Manglar nynorsk tittel: byt innhaldsspråk til Nynorsk, skriv tittelen og publiser på nytt. Nettstaden er på nynorsk først.',
          'The Nynorsk title is missing: switch the content language to Nynorsk, write the title and publish again. The website is in Nynorsk first.',
        ),
      })),
    })
  }
