import type { PayloadRequest } from 'payload'

import { isLocale, type Locale } from '../../../common/locales'
import { env } from '../../env'
import { type PageTexts, pageTexts } from './texts'

/** What a page needs to speak to the visitor: their language, its texts, the office's name. */
export async function pageContext(req: PayloadRequest, locale: unknown) {
  const lang: Locale = isLocale(locale) ? locale : 'nn'
  const settings = await req.payload.findGlobal({ slug: 'site-settings', locale: lang, depth: 0 })
  const t: PageTexts = pageTexts[lang]
  return { lang, t, office: settings.officeName ?? t.office, config: env() }
}

export type PageContext = Awaited<ReturnType<typeof pageContext>>
