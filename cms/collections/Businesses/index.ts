import type { CollectionConfig } from 'payload'

import { isAdvisorOrAdmin, isStaff, listedOrStaff } from '../../access'
import { label } from '../../fields/labels'
import { stripStaffOnlyFields } from './hooks/stripStaffOnlyFields'
import { developmentPlanField, meetingLogField, needsField, contactPersonField, upcomingCoursesField } from './staffOnlyFields'
import { normaliseOrgNumberHook, validateOrgNumber } from './validateOrgNumber'
import { isListed, rebuildSiteHooks } from '../../hooks/requestSiteBuild'

export const REGISTER_STATUSES = [
  { value: 'active', label: label('Aktiv', 'Active') },
  { value: 'bankrupt', label: label('Konkurs', 'Bankrupt') },
  { value: 'winding-up', label: label('Under avvikling', 'Being wound up') },
  { value: 'deleted', label: label('Sletta frå registeret', 'Gone from the register') },
]

/**
 * Local businesses. Register fields (from Enhetsregisteret) sit beside the office's own fields;
 * contact person, development plan, needs and meeting log are for advisors and admins only.
 */
export const Businesses: CollectionConfig = {
  slug: 'businesses',
  labels: { singular: label('Verksemd', 'Business'), plural: label('Verksemder', 'Businesses') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'orgNumber', 'industryText', 'listed', 'registerStatus'] },
  access: { read: listedOrStaff, create: isStaff, update: isStaff, delete: isAdvisorOrAdmin },
  hooks: { ...rebuildSiteHooks(isListed), afterRead: [stripStaffOnlyFields] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('Register', 'Register'),
          fields: [
            { name: 'name', type: 'text', required: true, label: label('Namn', 'Name') },
            {
              name: 'orgNumber',
              type: 'text',
              required: true,
              unique: true,
              index: true,
              validate: validateOrgNumber,
              hooks: { beforeValidate: [normaliseOrgNumberHook] },
              label: label('Organisasjonsnummer', 'Organisation number'),
            },
            { name: 'organisationForm', type: 'text', label: label('Organisasjonsform', 'Organisation form') },
            {
              type: 'row',
              fields: [
                { name: 'industryCode', type: 'text', label: label('Næringskode (SN2007)', 'Industry code (NACE)') },
                { name: 'industryText', type: 'text', label: label('Næring', 'Industry') },
              ],
            },
            { name: 'employees', type: 'number', min: 0, label: label('Tilsette', 'Employees') },
            {
              name: 'address',
              type: 'group',
              label: label('Forretningsadresse', 'Business address'),
              fields: [
                { name: 'street', type: 'text' },
                { type: 'row', fields: [{ name: 'postalCode', type: 'text' }, { name: 'postalPlace', type: 'text' }] },
              ],
            },
            { name: 'municipalityNumber', type: 'text', label: label('Kommunenummer', 'Municipality number') },
            { name: 'website', type: 'text', label: label('Nettstad', 'Website') },
            { name: 'registeredAt', type: 'date', label: label('Registrert', 'Registered') },
            { name: 'foundedAt', type: 'date', label: label('Stifta', 'Founded') },
            {
              name: 'registerStatus',
              type: 'select',
              defaultValue: 'active',
              options: REGISTER_STATUSES,
              label: label('Status i registeret', 'Register status'),
            },
          ],
        },
        {
          label: label('Offentleg', 'Public'),
          fields: [
            { name: 'description', type: 'textarea', localized: true, label: label('Skildring', 'Description') },
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
          fields: [contactPersonField, developmentPlanField, needsField, upcomingCoursesField, meetingLogField],
        },
      ],
    },
  ],
}
