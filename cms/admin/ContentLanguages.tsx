/** The "nn ✓ en –" cell and sidebar line (cms/admin/contentLanguages.ts). */
import type { Locale } from '../../common/locales'
import type { CollectionSlug, DefaultServerCellComponentProps, UIFieldServerProps } from 'payload'
import React from 'react'

import {
  contentLanguagesOf,
  type LanguagePresence,
  presenceDescription,
  presenceText,
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

export async function ContentLanguagesCell({
  payload,
  collectionConfig,
  rowData,
  i18n,
}: DefaultServerCellComponentProps) {
  const titleField = collectionConfig.admin?.useAsTitle
  if (!rowData?.id || !titleField) return null
  const presence = await contentLanguagesOf(payload, collectionConfig.slug, rowData.id, titleField)
  return <Presence presence={presence} lang={adminLang(i18n.language)} />
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
