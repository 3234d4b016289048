import type { CollectionAfterReadHook } from 'payload'

/**
 * Payload hides another person's sessions but still answers `sessions: []`; a reader who is not
 * that person gets no such key at all. Payload's own session check reads with overrideAccess and
 * keeps them.
 */
export const hideOthersSessions: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  if (!overrideAccess && doc && 'sessions' in doc && req.user?.id !== doc.id) delete doc.sessions
  return doc
}
