/** The "nn ✓ en –" cell and sidebar line (cms/admin/contentLanguages.ts). */
import type { Locale } from '../../common/locales'
import type { CollectionSlug, DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'
import React from 'react'

import {
  contentLanguagesOf,
  type LanguagePresence,
  presenceDescription,
  presenceText,
  rowContentLanguages,
} from './contentLanguages'
import { adminLang } from './format'

function Presence({ presence, lang }: { presence: LanguagePresence; lang: Locale }) {
  const description = presenceDescription(presence, lang)
  return (
    <span title={description}>
      <span aria-hidden="true">{presenceText(presence)}</span>
      <span className="sr-only" style={{ position: 'absolute', left: -10_000 }}>
        {description}
      </span>
    </span>
  )
}

/** A list's cell (also built, and not shown, in edit views: see `rowContentLanguages`). */
export async function ContentLanguagesCell(props: Partial<DefaultServerCellComponentProps>) {
  const presence = await rowContentLanguages(props)
  return presence && <Presence presence={presence} lang={adminLang(props.i18n?.language)} />
}

export async function ContentLanguagesField({
  id,
  collectionSlug,
  payload,
  req,
}: UIFieldServerProps) {
  const lang = adminLang(req.i18n.language)
  const titleField = collectionSlug
    ? payload.collections[collectionSlug as CollectionSlug]?.config.admin?.useAsTitle
    : undefined
  if (!titleField) return null
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <div className="field-label">{lang === 'en' ? 'Language versions' : 'Språkversjonar'}</div>
      {id ? (
        <Presence
          presence={await contentLanguagesOf(payload, collectionSlug!, id, titleField)}
          lang={lang}
        />
      ) : (
        <span>{lang === 'en' ? 'Not saved yet' : 'Ikkje lagra enno'}</span>
      )}
    </div>
  )
}
