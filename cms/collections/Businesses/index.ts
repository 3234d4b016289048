import type { CollectionConfig } from 'payload'

import { isAdvisorOrAdmin, isStaff, listedOrStaff } from '../../access'
import { hasRole } from '../../access/roles'
import { label } from '../../fields/labels'
import { stripStaffOnlyFields } from './hooks/stripStaffOnlyFields'
import {
  developmentPlanField,
  logMeetingField,
  meetingLogField,
  needsField,
  contactPersonField,
  upcomingCoursesField,
} from './staffOnlyFields'
import { fromRegisterEndpoint } from './endpoints/fromRegister'
import { registerFields } from './registerFields'
import { isListed, rebuildSiteHooks } from '../../hooks/requestSiteBuild'

export { REGISTER_STATUSES } from './registerFields'

/**
 * Local businesses. Register fields (from Enhetsregisteret) sit beside the office's own fields;
 * contact person, development plan, needs and meeting log are for advisors and admins only.
 */
export const Businesses: CollectionConfig = {
  slug: 'businesses',
  labels: {
    singular: label('Verksemd', 'Business'),
    plural: label('Verksemder', 'Businesses'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'orgNumber',
      'registerUnit',
      'industryText',
      'listed',
      'registerStatus',
    ],
    // "Add by org number": fetches an enhet or underenhet from Enhetsregisteret.
    components: { beforeList: ['/collections/Businesses/admin/AddFromRegister#AddFromRegister'] },
  },
  endpoints: [fromRegisterEndpoint],
  access: { read: listedOrStaff, create: isStaff, update: isStaff, delete: isAdvisorOrAdmin },
  hooks: { ...rebuildSiteHooks(isListed), afterRead: [stripStaffOnlyFields] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Register', 'Register'),
          fields: registerFields,
        },
        {
          label: label('Offentleg', 'Public'),
          fields: [
            {
              name: 'description',
              type: 'textarea',
              localized: true,
              label: label('Skildring', 'Description'),
            },
            {
              name: 'listed',
              type: 'checkbox',
              defaultValue: false,
              label: label('Vis i bedriftskatalogen', 'Show in the business directory'),
            },
          ],
        },
        {
          label: label('Oppfølging (berre rådgjevarar)', 'Follow-up (advisors only)'),
          // Editors can read none of these fields: an empty tab would only puzzle them.
          admin: { condition: (_data, _siblings, { user }) => hasRole(user, 'admin', 'advisor') },
          fields: [
            contactPersonField,
            developmentPlanField,
            needsField,
            upcomingCoursesField,
            logMeetingField,
            meetingLogField,
          ],
        },
      ],
    },
  ],
}
