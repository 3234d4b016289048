/** An issue as the public archive's web page: its content loaded from the CMS, then rendered. */
import type { Payload } from 'payload'

import type { Locale } from '../../common/locales'
import { renderWebVersionFromContent } from '../../emails/render'
import type { Newsletter } from '../payload-types'
import { loadIssueContent } from './content'

export async function renderWebVersion(
  payload: Payload,
  issueOrId: Newsletter | number | string,
  locale: Locale,
  siteUrl: string,
): Promise<string> {
  const content = await loadIssueContent(payload, issueOrId, locale, { siteUrl })
  return renderWebVersionFromContent(content)
}
