/**
 * Collection hooks that queue a site rebuild when something the public sees changes: publish,
 * unpublish, edit of published content, delete. Saving a draft changes nothing public, so it
 * does not rebuild (the admin's autosave would otherwise rebuild every few seconds).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { requestSiteBuild } from '../siteBuilds/request'

type Doc = Record<string, unknown> & { id: number | string }

/** Whether a document in this state is visible on the public site. */
export type IsPublic = (doc: Doc | undefined | null) => boolean

export const isPublished: IsPublic = (doc) => doc?._status === 'published'
export const isListed: IsPublic = (doc) => doc?.listed === true
export const isOnContactPage: IsPublic = (doc) => doc?.showOnContactPage === true
export const isSent: IsPublic = (doc) => doc?.status === 'sent'
export const always: IsPublic = (doc) => Boolean(doc)

const isDraftSave = (req: PayloadRequest) =>
  req.query?.draft === 'true' || req.query?.autosave === 'true' || req.context?.draftSave === true

/** Lets seeds and imports write many documents and ask for one build at the end. */
const suppressed = (req: PayloadRequest) => req.context?.skipSiteBuild === true

/** How a build records the documents it carries: "articles:12". */
export const documentKey = (collection: string, id: number | string) => `${collection}:${id}`

export const rebuildSiteAfterChange =
  (isPublic: IsPublic): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, collection, operation }) => {
    if (suppressed(req) || isDraftSave(req)) return doc
    if (isPublic(doc) || isPublic(previousDoc)) {
      await requestSiteBuild(
        req.payload,
        `${collection.slug} ${doc.id} ${operation === 'create' ? 'created' : 'changed'}`,
        req,
        documentKey(collection.slug, doc.id),
      )
    }
    return doc
  }

export const rebuildSiteAfterDelete =
  (isPublic: IsPublic): CollectionAfterDeleteHook =>
  async ({ doc, req, collection }) => {
    if (suppressed(req)) return doc
    if (isPublic(doc))
      await requestSiteBuild(
        req.payload,
        `${collection.slug} ${doc.id} deleted`,
        req,
        documentKey(collection.slug, doc.id),
      )
    return doc
  }

/** Both hooks for a collection, ready to spread into its `hooks`. */
export const rebuildSiteHooks = (isPublic: IsPublic) => ({
  afterChange: [rebuildSiteAfterChange(isPublic)],
  afterDelete: [rebuildSiteAfterDelete(isPublic)],
})
