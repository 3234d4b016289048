/**
 * Whether a document can become a page, and if not, what the editor must fix. The schema checks
 * the shape of what the CMS sent; these rules check what a page needs on top of it (a Nynorsk
 * title and address). Reasons are shown to editors, in Nynorsk, saying what to do next.
 */
import type { z } from 'astro/zod'

import type {
  SiteArticle,
  SiteCourse,
  SiteEvent,
  SiteFunding,
  SiteNewsletter,
  SiteProvider,
  SiteTopic,
} from '../lib/types'

/** Null when the document can be published, otherwise the reason it is withheld. */
export type PublishRule<D> = (doc: D) => string | null

const filled = (value: string | null | undefined) => Boolean(value?.trim())

interface Noun {
  /** e.g. "tittel" */
  word: string
  /** e.g. "tittelen" */
  definite: string
}

const PUBLISH_AGAIN = 'publiser på nytt'
const SAVE_AGAIN = 'lagre på nytt'

/** A page needs a Nynorsk title (or name) and a Nynorsk address; English pages are optional. */
function nynorskPage<D>(
  title: (doc: D) => string | null | undefined,
  slug: (doc: D) => string | null | undefined,
  noun: Noun,
  then: string,
): PublishRule<D> {
  return (doc) => {
    if (!filled(title(doc)))
      return `Manglar nynorsk ${noun.word}: skriv ${noun.definite} på nynorsk og ${then}`
    if (!filled(slug(doc)))
      return `Manglar nynorsk adresse (slug): fyll inn slug på nynorsk, eller tøm feltet så blir ho laga av ${noun.definite}, og ${then}`
    return null
  }
}

const TITLE: Noun = { word: 'tittel', definite: 'tittelen' }
const NAME: Noun = { word: 'namn', definite: 'namnet' }

export const articleRule = nynorskPage<SiteArticle>(
  (d) => d.title.nn,
  (d) => d.slug.nn,
  TITLE,
  PUBLISH_AGAIN,
)
export const eventRule = nynorskPage<SiteEvent>(
  (d) => d.title.nn,
  (d) => d.slug.nn,
  TITLE,
  PUBLISH_AGAIN,
)
export const courseRule = nynorskPage<SiteCourse>(
  (d) => d.title.nn,
  (d) => d.slug.nn,
  TITLE,
  PUBLISH_AGAIN,
)
export const fundingRule = nynorskPage<SiteFunding>(
  (d) => d.name.nn,
  (d) => d.slug.nn,
  NAME,
  SAVE_AGAIN,
)
export const topicRule = nynorskPage<SiteTopic>(
  (d) => d.name.nn,
  (d) => d.slug,
  NAME,
  SAVE_AGAIN,
)
export const providerRule = nynorskPage<SiteProvider>(
  (d) => d.name,
  (d) => d.slug,
  NAME,
  SAVE_AGAIN,
)
/** The archive page of a sent issue is addressed by id; it needs its Nynorsk subject. */
export const newsletterRule: PublishRule<SiteNewsletter> = (d) =>
  filled(d.subject.nn)
    ? null
    : 'Manglar nynorsk emne: skriv emnet på nynorsk og lagre utgåva på nytt'

/** A schema failure as an editor's reason: which fields, what was wrong, what to do. */
export function schemaReason(error: z.ZodError): string {
  const problems = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.') || '(heile dokumentet)'
    return `«${field}»: ${issue.message}`
  })
  const more = error.issues.length > 3 ? ` (og ${error.issues.length - 3} til)` : ''
  const fields = error.issues.length > 1 ? 'felta' : 'feltet'
  return `Uventa innhald frå CMS-et i ${problems.join('; ')}${more}. Rett ${fields} og lagre på nytt; held feilen fram, meld frå til den som driftar nettstaden`
}

/** Validates one document: the schema first, then the page's own rules. */
export function checkDocument<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  rule?: PublishRule<z.output<S>>,
): { ok: true; data: z.output<S> } | { ok: false; reason: string } {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: schemaReason(parsed.error) }
  const reason = rule?.(parsed.data) ?? null
  return reason ? { ok: false, reason } : { ok: true, data: parsed.data }
}
