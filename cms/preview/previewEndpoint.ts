/**
 * GET /api/<collection>/:id/preview-page?locale=nn — the latest draft rendered as a page, for
 * staff only (drafts are never readable without a staff login). The admin's "Preview" button
 * (collection `admin.preview`) opens it.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { isLocale } from '../../common/locales'
import { hasRole } from '../access/roles'
import { env } from '../env'
import { htmlResponse } from '../http/respond'
import { type PreviewDocument, renderPreview } from './renderPreview'

export const previewPageEndpoint = (collection: 'articles' | 'events' | 'courses'): Endpoint => ({
  path: '/:id/preview-page',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user, 'admin', 'editor', 'advisor')) {
      return Response.json({ error: 'Log in to the admin first.' }, { status: 401 })
    }
    const wanted = req.searchParams?.get('locale') ?? 'nn'
    const locale = isLocale(wanted) ? wanted : 'nn'
    const doc = await req.payload
      .findByID({
        collection,
        id: String(req.routeParams?.id),
        locale,
        draft: true,
        depth: 1,
        overrideAccess: false,
        user: req.user,
      })
      .catch(() => null)
    if (!doc) return Response.json({ error: 'No such document.' }, { status: 404 })
    return htmlResponse(200, renderPreview(doc as PreviewDocument, locale, env().serverUrl), {
      // The page shows the site's images from the CMS; nothing else runs in it.
      'content-security-policy':
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
    })
  },
})

/** The admin's "Preview" button: the draft's page in the content language being edited. */
export const previewUrl =
  (collection: string) =>
  (doc: Record<string, unknown>, { locale }: { locale: string }) =>
    doc?.id ? `${env().serverUrl}/api/${collection}/${doc.id}/preview-page?locale=${locale}` : null
