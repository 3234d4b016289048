/**
 * Writes register fields through the Payload Local API, by organisation number. Only the fields in
 * RegisterFields (with source, parent and parentName) are ever sent, so the office's own fields
 * (description, listed, contact person, plan, needs, meeting log) keep whatever the office wrote.
 */
import type { Payload, RequestContext } from 'payload'

import { ORG_NUMBER_CHECKED_UNIQUE } from '../collections/Businesses/validateOrgNumber'
import type { Business } from '../payload-types'
import type { TransactionReq } from '../transaction'
import type { RegisterFields, RegisterStatus } from './mapEnhet'

/** What a write from the register sets beside the register fields. */
export interface RegisterLink {
  /** The parent business's id when the parent is in the CMS. */
  parent: number | null
  /** Left out when not known, so a name learned earlier is kept. */
  parentName?: string | null
}

export interface StoredBusiness extends RegisterFields, RegisterLink {
  id: number
  source: 'register' | 'hand-entered'
}

const DATE_FIELDS = ['registeredAt', 'foundedAt', 'bankruptAt', 'windingUpAt', 'deletedAt'] as const
const PLAIN_FIELDS = [
  'name',
  'orgNumber',
  'registerUnit',
  'parentOrgNumber',
  'organisationForm',
  'industryCode',
  'industryText',
  'industryCode2',
  'industryText2',
  'industryCode3',
  'industryText3',
  'activity',
  'employees',
  'employeeCount',
  'municipalityNumber',
  'website',
  'email',
  'phone',
  'mobile',
  'registerStatus',
  'windingUp',
  'underReconstruction',
] as const satisfies readonly (keyof RegisterFields)[]

const REGISTER_SELECT = Object.fromEntries(
  [...PLAIN_FIELDS, ...DATE_FIELDS, 'address', 'source', 'parent', 'parentName'].map((f) => [
    f,
    true,
  ]),
) as Record<string, true>

// The importer has just loaded every business, so the per-write uniqueness query is redundant;
// and it asks for one site build at the end instead of one per business.
const context: RequestContext = { [ORG_NUMBER_CHECKED_UNIQUE]: true, skipSiteBuild: true }

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v)
const instant = (v: string | null | undefined) => (v ? new Date(v).toISOString() : null)
const idOf = (v: unknown) =>
  typeof v === 'number' ? v : ((v as { id?: number } | null)?.id ?? null)

function fromDoc(doc: Business): StoredBusiness {
  const plain = Object.fromEntries(PLAIN_FIELDS.map((f) => [f, orNull(doc[f])]))
  const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, instant(doc[f])]))
  return {
    ...(plain as unknown as RegisterFields),
    ...dates,
    id: doc.id,
    registerUnit: doc.registerUnit ?? 'entity',
    employeeCount: doc.employeeCount ?? 'unknown',
    registerStatus: (doc.registerStatus ?? 'active') as RegisterStatus,
    underReconstruction: doc.underReconstruction ?? false,
    address: {
      street: orNull(doc.address?.street),
      postalCode: orNull(doc.address?.postalCode),
      postalPlace: orNull(doc.address?.postalPlace),
    },
    source: doc.source ?? 'hand-entered',
    parent: idOf(doc.parent),
    parentName: orNull(doc.parentName),
  }
}

/** Every business with its register fields (a municipality has hundreds, not millions). */
export async function loadAllBusinesses(payload: Payload): Promise<StoredBusiness[]> {
  const { docs } = await payload.find({
    collection: 'businesses',
    pagination: false,
    depth: 0,
    select: REGISTER_SELECT,
  })
  return docs.map((d) => fromDoc(d as Business))
}

/** Businesses with an organisation number, by that number. */
export function byOrgNumber(all: StoredBusiness[]): Map<string, StoredBusiness> {
  return new Map(all.filter((b) => b.orgNumber).map((b) => [b.orgNumber, b]))
}

export async function loadStoredBusinesses(payload: Payload): Promise<Map<string, StoredBusiness>> {
  return byOrgNumber(await loadAllBusinesses(payload))
}

export function sameRegisterFields(a: RegisterFields, b: RegisterFields): boolean {
  return (
    PLAIN_FIELDS.every((f) => a[f] === b[f]) &&
    DATE_FIELDS.every((f) => instant(a[f]) === instant(b[f])) &&
    a.address.street === b.address.street &&
    a.address.postalCode === b.address.postalCode &&
    a.address.postalPlace === b.address.postalPlace
  )
}

/** Same fields, already marked as the register's, linked the same way. */
export function unchanged(stored: StoredBusiness, fields: RegisterFields, link: RegisterLink) {
  return (
    stored.source === 'register' &&
    sameRegisterFields(stored, fields) &&
    stored.parent === link.parent &&
    (link.parentName === undefined || stored.parentName === link.parentName)
  )
}

const registerData = <F extends Partial<RegisterFields>>(fields: F, link?: RegisterLink) => ({
  ...fields,
  ...(link ?? {}),
  source: 'register' as const,
})

/** `req` carries the transaction the write belongs to (applyBatch writes in batches). */
export async function createBusiness(
  payload: Payload,
  fields: RegisterFields,
  link: RegisterLink,
  req?: TransactionReq,
) {
  const doc = await payload.create({
    collection: 'businesses',
    data: { ...registerData(fields, link), listed: false },
    depth: 0,
    select: { orgNumber: true },
    context,
    req,
  })
  return doc.id
}

export async function updateRegisterFields(
  payload: Payload,
  id: number,
  fields: Partial<RegisterFields>,
  link?: RegisterLink,
  req?: TransactionReq,
): Promise<void> {
  await payload.update({
    collection: 'businesses',
    id,
    data: registerData(fields, link),
    depth: 0,
    select: { orgNumber: true },
    context,
    req,
  })
}
