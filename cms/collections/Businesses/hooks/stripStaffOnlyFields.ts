import type { CollectionAfterReadHook } from 'payload'

import { hasRole } from '../../../access/roles'

export const STAFF_ONLY_FIELDS = [
  'contactPerson',
  'developmentPlan',
  'needs',
  'meetingLog',
] as const

/**
 * Field access already hides the contents, but Payload 3.90 puts an empty array back for a hidden
 * array field. Removing the keys as well means a visitor cannot even tell a plan exists.
 */
export const stripStaffOnlyFields: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  if (overrideAccess || hasRole(req.user, 'admin', 'advisor')) return doc
  for (const field of STAFF_ONLY_FIELDS) delete doc[field]
  return doc
}
