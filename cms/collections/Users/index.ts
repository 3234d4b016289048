import type { CollectionConfig } from 'payload'

import { adminOrSelf, contactPageOrStaff, fieldIsAdmin, fieldIsStaff, isAdmin } from '../../access'
import { ROLES } from '../../access/roles'
import { label } from '../../fields/labels'
import { isOnContactPage, rebuildSiteHooks } from '../../hooks/requestSiteBuild'

/** Staff of the office. The public sees only those shown on the contact page, and only their public profile. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Tilsett', 'Staff member'), plural: label('Tilsette', 'Staff') },
  auth: { tokenExpiration: 60 * 60 * 8 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'showOnContactPage'] },
  access: {
    read: contactPageOrStaff,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
  },
  hooks: rebuildSiteHooks(isOnContactPage),
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Namn', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((r) => ({ label: r, value: r })),
      access: { read: fieldIsStaff, create: fieldIsAdmin, update: fieldIsAdmin },
      admin: { position: 'sidebar' },
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
