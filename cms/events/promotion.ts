/**
 * When staff cancel a confirmed attendee in the admin, the freed place goes to the first in line
 * as it does when the attendee cancels by link (seats.ts). Runs in the update's own transaction.
 */
import type { CollectionAfterChangeHook } from 'payload'

import type { EventRegistration } from '../payload-types'
import { sendRegistrationEmail } from './mail'
import { promoteFromWaitlist } from './seats'
import { targetOf } from './targets'

export const promoteAfterStaffCancel: CollectionAfterChangeHook<EventRegistration> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context.promotionHandled) return doc
  if (previousDoc?.status !== 'confirmed' || doc.status !== 'cancelled') return doc
  const promoted = await promoteFromWaitlist(req.payload, targetOf(doc), req)
  for (const reg of promoted) await sendRegistrationEmail(req.payload, reg, 'promoted', { req })
  return doc
}
