/**
 * The fields Enhetsregisteret fills (cms/import writes only these). Public register data: a
 * listed business shows them on the site; staff-only follow-up lives in staffOnlyFields.ts.
 */
import type { Field } from 'payload'

import { label } from '../../fields/labels'
import { normaliseOrgNumberHook, validateOrgNumber } from './validateOrgNumber'

export const REGISTER_STATUSES = [
  { value: 'active', label: label('Aktiv', 'Active') },
  { value: 'bankrupt', label: label('Konkurs', 'Bankrupt') },
  { value: 'winding-up', label: label('Under avvikling', 'Being wound up') },
  { value: 'deleted', label: label('Sletta frå registeret', 'Gone from the register') },
]

/** Where the record came from: only register records can ever be flagged as gone by an import. */
export const BUSINESS_SOURCES = [
  { value: 'hand-entered', label: label('Lagt inn for hand', 'Entered by hand') },
  { value: 'register', label: label('Frå Einingsregisteret', 'From the register') },
]

export const REGISTER_UNITS = [
  { value: 'entity', label: label('Eining (juridisk person)', 'Entity (legal unit)') },
  { value: 'establishment', label: label('Underavdeling (verksemd)', 'Establishment (sub-unit)') },
]

/** The register publishes no count for 1–4 employees; "none registered" is its own answer. */
export const EMPLOYEE_COUNT_KINDS = [
  { value: 'exact', label: label('Oppgitt tal', 'Count given') },
  { value: 'one-to-four', label: label('1–4 (talet er ikkje offentleg)', '1–4 (not published)') },
  {
    value: 'none-registered',
    label: label('Ingen tilsette registrert', 'No employees registered'),
  },
  { value: 'unknown', label: label('Ikkje oppgitt', 'Not stated') },
]

export const WINDING_UP_KINDS = [
  { value: 'voluntary', label: label('Frivillig avvikling', 'Voluntary winding-up') },
  { value: 'forced', label: label('Tvangsavvikling/-oppløysing', 'Forced winding-up') },
]

const text = (name: string, nn: string, en: string): Field => ({
  name,
  type: 'text',
  label: label(nn, en),
})
const date = (name: string, nn: string, en: string): Field => ({
  name,
  type: 'date',
  label: label(nn, en),
})

const industry = (n: 1 | 2 | 3): Field => {
  const suffix = n === 1 ? '' : String(n)
  const nth = n === 1 ? '' : ` ${n}`
  return {
    type: 'row',
    fields: [
      text(`industryCode${suffix}`, `Næringskode${nth} (SN2007)`, `Industry code${nth} (NACE)`),
      text(`industryText${suffix}`, `Næring${nth}`, `Industry${nth}`),
    ],
  }
}

export const registerFields: Field[] = [
  { name: 'name', type: 'text', required: true, label: label('Namn', 'Name') },
  {
    name: 'orgNumber',
    type: 'text',
    // Empty for an entrepreneur who has not registered yet; filled in when they have.
    unique: true,
    index: true,
    validate: validateOrgNumber,
    hooks: { beforeValidate: [normaliseOrgNumberHook] },
    label: label('Organisasjonsnummer', 'Organisation number'),
    admin: {
      description: label(
        'Tomt for ein gründer som ikkje er registrert enno.',
        'Empty for an entrepreneur not yet registered.',
      ),
    },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'source',
        type: 'select',
        defaultValue: 'hand-entered',
        options: BUSINESS_SOURCES,
        label: label('Kjelde', 'Source'),
      },
      {
        name: 'registerUnit',
        type: 'select',
        defaultValue: 'entity',
        options: REGISTER_UNITS,
        label: label('Einingstype', 'Unit type'),
      },
    ],
  },
  {
    type: 'collapsible',
    label: label('Overordna eining', 'Parent entity'),
    admin: { condition: (data) => data?.registerUnit === 'establishment' },
    fields: [
      {
        name: 'parent',
        type: 'relationship',
        relationTo: 'businesses',
        label: label('Overordna eining i registeret vårt', 'Parent entity in our register'),
      },
      {
        type: 'row',
        fields: [
          text('parentOrgNumber', 'Org.nr. til overordna eining', 'Parent org. number'),
          text('parentName', 'Namn på overordna eining', 'Parent name'),
        ],
      },
    ],
  },
  text('organisationForm', 'Organisasjonsform', 'Organisation form'),
  industry(1),
  industry(2),
  industry(3),
  {
    name: 'activity',
    type: 'textarea',
    label: label('Aktivitet / formål (frå registeret)', 'Activity / purpose (register)'),
  },
  {
    type: 'row',
    fields: [
      { name: 'employees', type: 'number', min: 0, label: label('Tilsette', 'Employees') },
      {
        name: 'employeeCount',
        type: 'select',
        options: EMPLOYEE_COUNT_KINDS,
        label: label('Tal tilsette', 'Employee count'),
      },
    ],
  },
  {
    name: 'address',
    type: 'group',
    label: label('Forretnings- eller beliggenheitsadresse', 'Business or location address'),
    fields: [
      { name: 'street', type: 'text', label: label('Gateadresse', 'Street') },
      {
        type: 'row',
        fields: [
          { name: 'postalCode', type: 'text', label: label('Postnummer', 'Postal code') },
          { name: 'postalPlace', type: 'text', label: label('Poststad', 'Postal town') },
        ],
      },
    ],
  },
  text('municipalityNumber', 'Kommunenummer', 'Municipality number'),
  text('website', 'Nettstad', 'Website'),
  {
    type: 'row',
    fields: [
      text('email', 'E-post', 'Email'),
      text('phone', 'Telefon', 'Phone'),
      text('mobile', 'Mobil', 'Mobile'),
    ],
  },
  {
    type: 'row',
    fields: [
      date('registeredAt', 'Registrert', 'Registered'),
      date('foundedAt', 'Stifta / oppstart', 'Founded / started'),
    ],
  },
  {
    name: 'registerStatus',
    type: 'select',
    defaultValue: 'active',
    options: REGISTER_STATUSES,
    label: label('Status i registeret', 'Register status'),
  },
  {
    type: 'row',
    fields: [
      date('bankruptAt', 'Konkursdato', 'Bankruptcy date'),
      date('windingUpAt', 'Under avvikling frå', 'Being wound up since'),
      {
        name: 'windingUp',
        type: 'select',
        options: WINDING_UP_KINDS,
        label: label('Avvikling', 'Winding-up'),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'underReconstruction',
        type: 'checkbox',
        defaultValue: false,
        label: label('Under rekonstruksjonsforhandling', 'Under reconstruction negotiation'),
      },
      date('deletedAt', 'Sletta / nedlagd', 'Deleted / closed'),
    ],
  },
]
