import type { CollectionConfig } from 'payload'

import {
  adminOrSelf,
  contactPageOrStaff,
  fieldIsAdmin,
  fieldIsStaff,
  fieldIsStaffOrSelf,
  isAdmin,
} from '../../access'
import { env } from '../../env'
import { ROLES } from '../../access/roles'
import { label } from '../../fields/labels'
import { GUIDANCE_TOPICS } from '../../guidance/topics'
import { isOnContactPage, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { hideOthersSessions } from './hideSessions'
import { forgiveGoodLogin, throttleLogin, throttleResetRequests } from './loginThrottle'

const ROLE_LABELS = {
  admin: label('Administrator', 'Administrator'),
  editor: label('Redaktør', 'Editor'),
  advisor: label('Rådgjevar', 'Advisor'),
}

/** Staff of the office. The public sees only those shown on the contact page, and only their public profile. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Tilsett', 'Staff member'), plural: label('Tilsette', 'Staff') },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Payload's lockout lets anyone lock a colleague out with a few wrong passwords; loginThrottle
    // limits guessing without that.
    maxLoginAttempts: 0,
    // Payload's own spacing of reset emails writes outside the request's transaction while it is
    // open, which SQLite's one writer at a time (cms/sqliteTransactions.ts) cannot allow; the
    // reset requests are limited per client and account by throttleResetRequests instead.
    forgotPassword: { minRequestInterval: 0 },
    cookies: { secure: env().appEnv === 'production', sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'showOnContactPage'] },
  access: {
    read: contactPageOrStaff,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
  },
  hooks: {
    ...rebuildSiteHooks(isOnContactPage),
    beforeOperation: [throttleLogin, throttleResetRequests],
    afterLogin: [forgiveGoodLogin],
    afterRead: [hideOthersSessions],
  },
  fields: [
    // Merged into Payload's own email field: the contact page shows the office's address, and a
    // colleague's login name is no business of the public.
    {
      name: 'email',
      type: 'email',
      label: label('E-post', 'Email'),
      access: { read: fieldIsStaffOrSelf },
    },
    { name: 'name', type: 'text', required: true, label: label('Namn', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: label('Roller', 'Roles'),
      options: ROLES.map((r) => ({ label: ROLE_LABELS[r], value: r })),
      access: { read: fieldIsStaff, create: fieldIsAdmin, update: fieldIsAdmin },
      admin: { position: 'sidebar' },
    },
    {
      // New guidance requests on these topics go to this advisor (cms/guidance/assign.ts).
      name: 'guidanceTopics',
      type: 'select',
      hasMany: true,
      options: [...GUIDANCE_TOPICS],
      label: label('Ansvar for rettleiing', 'Guidance topics'),
      access: { read: fieldIsStaff, create: fieldIsAdmin, update: fieldIsAdmin },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.roles?.includes('advisor')),
        description: label(
          'Nye førespurnader om desse emna går til denne rådgjevaren (etter tur om fleire har same emne).',
          'New guidance requests on these topics go to this advisor (in turn when several share a topic).',
        ),
      },
    },
    { name: 'jobTitle', type: 'text', localized: true, label: label('Stilling', 'Job title') },
    { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('Bilete', 'Photo') },
    {
      name: 'showOnContactPage',
      type: 'checkbox',
      defaultValue: false,
      label: label('Vis på kontaktsida', 'Show on the contact page'),
      admin: { position: 'sidebar' },
    },
  ],
}
