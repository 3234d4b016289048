/**
 * Writes register fields through the Payload Local API, by organisation number. Only the fields in
 * RegisterFields are ever sent, so the office's own fields (description, listed, contact person,
 * plan, needs, meeting log) keep whatever the office wrote.
 */
import type { Payload, RequestContext } from 'payload'

import { ORG_NUMBER_CHECKED_UNIQUE } from '../collections/Businesses/validateOrgNumber'
import type { Business } from '../payload-types'
import type { RegisterFields, RegisterStatus } from './mapEnhet'

export interface StoredBusiness extends RegisterFields {
  id: number
}

const REGISTER_SELECT = {
  name: true,
  orgNumber: true,
  organisationForm: true,
  industryCode: true,
  industryText: true,
  employees: true,
  address: true,
  municipalityNumber: true,
  website: true,
  registeredAt: true,
  foundedAt: true,
  registerStatus: true,
} as const

// The importer has just loaded every business, so the per-write uniqueness query is redundant;
// and it asks for one site build at the end instead of one per business.
const context: RequestContext = { [ORG_NUMBER_CHECKED_UNIQUE]: true, skipSiteBuild: true }

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v)
const instant = (v: string | null | undefined) => (v ? new Date(v).toISOString() : null)

function fromDoc(doc: Pick<Business, 'id' | keyof typeof REGISTER_SELECT>): StoredBusiness {
  return {
    id: doc.id,
    name: doc.name,
    orgNumber: doc.orgNumber,
    organisationForm: orNull(doc.organisationForm),
    industryCode: orNull(doc.industryCode),
    industryText: orNull(doc.industryText),
    employees: orNull(doc.employees),
    address: {
      street: orNull(doc.address?.street),
      postalCode: orNull(doc.address?.postalCode),
      postalPlace: orNull(doc.address?.postalPlace),
    },
    municipalityNumber: orNull(doc.municipalityNumber),
    website: orNull(doc.website),
    registeredAt: instant(doc.registeredAt),
    foundedAt: instant(doc.foundedAt),
    registerStatus: (doc.registerStatus ?? 'active') as RegisterStatus,
  }
}

/** Every business's register fields by organisation number (a municipality has hundreds, not millions). */
export async function loadStoredBusinesses(payload: Payload): Promise<Map<string, StoredBusiness>> {
  const { docs } = await payload.find({ collection: 'businesses', pagination: false, depth: 0, select: REGISTER_SELECT })
  return new Map(docs.map((d) => [d.orgNumber, fromDoc(d as Parameters<typeof fromDoc>[0])]))
}

export function sameRegisterFields(a: RegisterFields, b: RegisterFields): boolean {
  return (
    a.name === b.name &&
    a.orgNumber === b.orgNumber &&
    a.organisationForm === b.organisationForm &&
    a.industryCode === b.industryCode &&
    a.industryText === b.industryText &&
    a.employees === b.employees &&
    a.address.street === b.address.street &&
    a.address.postalCode === b.address.postalCode &&
    a.address.postalPlace === b.address.postalPlace &&
    a.municipalityNumber === b.municipalityNumber &&
    a.website === b.website &&
    instant(a.registeredAt) === instant(b.registeredAt) &&
    instant(a.foundedAt) === instant(b.foundedAt) &&
    a.registerStatus === b.registerStatus
  )
}

export async function createBusiness(payload: Payload, fields: RegisterFields): Promise<void> {
  await payload.create({ collection: 'businesses', data: { ...fields, listed: false }, depth: 0, select: { orgNumber: true }, context })
}

export async function updateRegisterFields(payload: Payload, id: number, fields: Partial<RegisterFields>): Promise<void> {
  await payload.update({ collection: 'businesses', id, data: fields, depth: 0, select: { orgNumber: true }, context })
}
