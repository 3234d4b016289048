/**
 * `slug`: generated from the title when left empty, editable, unique within its locale
 * (an English and a Nynorsk article may share a slug; two Nynorsk ones may not).
 */
import type { CollectionSlug, FieldHook, TextField, Validate } from 'payload'

import { inLanguageOf, label } from './labels'
import { SLUG_PATTERN, slugify } from './slugify'

const fillFromSource =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const from = data?.[source]
    return typeof from === 'string' ? slugify(from) : value
  }

const uniqueInLocale: Validate<string> = async (value, { req, id, collectionSlug }) => {
  if (!value)
    return inLanguageOf(
      req,
      'Lenkjenamnet manglar (det blir laga frå tittelen når feltet er tomt)',
      'Slug is required (it is made from the title when left empty)',
    )
  if (!SLUG_PATTERN.test(value))
    return inLanguageOf(
      req,
      'Lenkjenamnet kan berre innehalde a–z, 0–9 og enkle bindestrekar',
      'Slug may only hold a–z, 0–9 and single hyphens',
    )
  if (!collectionSlug) return true
  const clash = await req.payload.find({
    collection: collectionSlug as CollectionSlug,
    where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    locale: req.locale ?? undefined,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  return clash.docs.length
    ? inLanguageOf(
        req,
        `Lenkjenamnet «${value}» er allereie i bruk på dette språket: vel eit anna`,
        `Slug "${value}" is already used in this language: choose another`,
      )
    : true
}

export function slugField(source = 'title', localized = true): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized,
    index: true,
    required: true,
    validate: uniqueInLocale,
    hooks: { beforeValidate: [fillFromSource(source)] },
    label: label('Lenkjenamn', 'Slug'),
    admin: {
      position: 'sidebar',
      description: label(
        'Blir laga frå tittelen når feltet er tomt. Del av adressa til sida.',
        'Made from the title when left empty. Part of the page address.',
      ),
    },
  }
}
