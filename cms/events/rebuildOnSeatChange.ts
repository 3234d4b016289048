/**
 * The event or course page shows places left and "Fullt – venteliste" in words, and the site is static: a
 * sign-up, cancellation or promotion asks for a rebuild of it. Many sign-ups in a burst fold into
 * one build (the publisher's queue), so a popular event does not queue a build per person.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { documentKey } from '../hooks/requestSiteBuild'
import type { EventRegistration } from '../payload-types'
import { requestSiteBuild } from '../siteBuilds/request'
import { TARGET_COLLECTION, targetOf } from './targets'

export const rebuildOnSeatChange: CollectionAfterChangeHook<EventRegistration> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipSiteBuild) return doc
  if (operation === 'update' && previousDoc?.status === doc.status) return doc
  const ref = targetOf(doc)
  await requestSiteBuild(
    req.payload,
    `${ref.kind} ${ref.id}: places changed`,
    req,
    documentKey(TARGET_COLLECTION[ref.kind], ref.id),
  )
  return doc
}
