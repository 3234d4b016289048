/**
 * The issue as a subscriber with every topic would get it, HTML and plain text, for the editor's
 * preview at desktop and phone widths. Links to the preference centre are dummies here.
 */
import { loadIssueContent } from '../../../newsletter/content'
import { isLocale } from '../../../../common/locales'
import {
  compileIssue,
  IssueTooLargeError,
  MAX_HTML_BYTES,
  personalise,
  TARGET_HTML_BYTES,
} from '../../../../emails/render'
import { TemplateError } from '../../../../emails/compile'
import { env } from '../../../env'
import { AdminError, editorAction } from './common'
import type { PreviewResponse } from './types'
import { issueWarnings } from './warnings'

export const previewEndpoint = {
  path: '/:id/preview',
  method: 'get' as const,
  handler: editorAction(async (req, issue): Promise<PreviewResponse> => {
    const locale = req.searchParams?.get('locale') ?? 'nn'
    if (!isLocale(locale)) throw new AdminError(400, 'locale must be nn or en')
    try {
      const compiled = await compileIssue(
        await loadIssueContent(req.payload, issue.id, locale, { siteUrl: env().siteUrl }),
      )
      const { html, text } = personalise(compiled, {
        topics: [],
        preferencesUrl: '#preferences',
        unsubscribeUrl: '#unsubscribe',
      })
      return {
        locale,
        subject: compiled.subject,
        html,
        text,
        htmlBytes: compiled.htmlBytes,
        targetBytes: TARGET_HTML_BYTES,
        maxBytes: MAX_HTML_BYTES,
        warnings: await issueWarnings(req.payload, issue),
      }
    } catch (err) {
      if (err instanceof IssueTooLargeError || err instanceof TemplateError)
        throw new AdminError(422, err.message)
      throw err
    }
  }),
}
