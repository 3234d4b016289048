/**
 * The event page shows places left and "Fullt – venteliste" in words, and the site is static: a
 * sign-up, cancellation or promotion asks for a rebuild of it. Many sign-ups in a burst fold into
 * one build (the publisher's queue), so a popular event does not queue a build per person.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { documentKey } from '../hooks/requestSiteBuild'
import type { EventRegistration } from '../payload-types'
import { requestSiteBuild } from '../siteBuilds/request'

export const rebuildOnSeatChange: CollectionAfterChangeHook<EventRegistration> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context?.skipSiteBuild) return doc
  if (operation === 'update' && previousDoc?.status === doc.status) return doc
  const eventId = typeof doc.event === 'number' ? doc.event : doc.event.id
  await requestSiteBuild(
    req.payload,
    `event ${eventId}: places changed`,
    req,
    documentKey('events', eventId),
  )
  return doc
}
