/**
 * GET /api/site-builds/status?collection=articles&id=12 — for staff: where the document's last
 * change stands on the public site (cms/siteBuilds/publishStatus.ts). Mounted on site-builds.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { env } from '../env'
import {
  always,
  type IsPublic,
  isListed,
  isOnContactPage,
  isPublished,
  isSent,
} from '../hooks/requestSiteBuild'
import { publishStatus } from './publishStatus'

const PUBLIC_WHEN: Record<string, IsPublic> = {
  articles: isPublished,
  events: isPublished,
  courses: isPublished,
  providers: always,
  topics: always,
  'funding-schemes': always,
  businesses: isListed,
  users: isOnContactPage,
  newsletters: isSent,
}

export const publishStatusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user, 'admin', 'editor', 'advisor'))
      return Response.json({ error: 'Log in first.' }, { status: 401 })
    const collection = req.searchParams?.get('collection') ?? ''
    const id = req.searchParams?.get('id') ?? ''
    const isPublic = PUBLIC_WHEN[collection]
    if (!isPublic || !id) {
      return Response.json(
        { error: 'Give collection and id of a public document.' },
        { status: 400 },
      )
    }
    const doc = await req.payload
      .findByID({ collection: collection as 'articles', id, depth: 0 })
      .catch(() => null)
    const status = await publishStatus(
      req.payload,
      env().siteUrl,
      collection,
      id,
      isPublic(doc as Parameters<IsPublic>[0]),
    )
    return Response.json(status, { headers: { 'cache-control': 'no-store' } })
  },
}
