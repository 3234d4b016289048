/**
 * Access rules as tiny named predicates, shared by every collection.
 * Anonymous visitors read only published, public content; everything else needs a staff login.
 */
import type { Access, FieldAccess, Where } from 'payload'

import { hasRole } from './roles'

export const anyone: Access = () => true

export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'advisor')
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
export const isEditorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
export const isAdvisorOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin', 'advisor')

const published: Where = { _status: { equals: 'published' } }

/** Drafts are for staff; the public sees the published version only. */
export const publishedOrStaff: Access = (args) => isStaff(args) || published

/** The public directory lists only businesses the office has chosen to show. */
export const listedOrStaff: Access = (args) => isStaff(args) || { listed: { equals: true } }

/** Sent issues form the public archive; drafts and scheduled issues stay internal. */
export const sentOrStaff: Access = (args) => isStaff(args) || { status: { equals: 'sent' } }

/** Staff see every colleague; the public sees only those shown on the contact page. */
export const contactPageOrStaff: Access = (args) =>
  isStaff(args) || { showOnContactPage: { equals: true } }

/** An admin edits anyone; others edit only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  return user ? { id: { equals: user.id } } : false
}

// Field-level rules return booleans only.
export const fieldIsStaff: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'advisor')
export const fieldIsAdmin: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
export const fieldIsAdvisorOrAdmin: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'advisor')

/** A person's own login address: staff see colleagues', the public no one's. */
export const fieldIsStaffOrSelf: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin', 'editor', 'advisor') || (Boolean(user) && user?.id === doc?.id)
