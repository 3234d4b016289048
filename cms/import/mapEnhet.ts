/**
 * One register record (an enhet or an underenhet) -> the register fields of a business, or the
 * reason it cannot be used. Only register fields come out of here: the office's own fields
 * (description, listed, contact person, plan, needs, meeting log) are never part of an import.
 */
import { orgNumberProblem } from '../fields/orgNumber'
import { type BrregAddress, ESTABLISHMENT_FORMS, type UnitKind } from './enhet'
import { municipalityFor } from './municipalities'

export type RegisterStatus = 'active' | 'bankrupt' | 'winding-up' | 'deleted'
export type EmployeeCount = 'exact' | 'one-to-four' | 'none-registered' | 'unknown'
export type WindingUp = 'voluntary' | 'forced'

export interface Address {
  street: string | null
  postalCode: string | null
  postalPlace: string | null
}

/** Exactly the fields an import may write (with `source`, `parent` and `parentName` beside). */
export interface RegisterFields {
  name: string
  orgNumber: string
  registerUnit: 'entity' | 'establishment'
  /** Establishments: the enhet they belong to. */
  parentOrgNumber: string | null
  organisationForm: string | null
  industryCode: string | null
  industryText: string | null
  industryCode2: string | null
  industryText2: string | null
  industryCode3: string | null
  industryText3: string | null
  activity: string | null
  /** An enhet's count is its national total; an establishment's is its own. */
  employees: number | null
  employeeCount: EmployeeCount
  address: Address
  municipalityNumber: string | null
  website: string | null
  email: string | null
  phone: string | null
  mobile: string | null
  registeredAt: string | null
  foundedAt: string | null
  registerStatus: RegisterStatus
  bankruptAt: string | null
  windingUpAt: string | null
  windingUp: WindingUp | null
  underReconstruction: boolean
  deletedAt: string | null
}

/**
 * `removal`: a record that says only that the unit is gone (the register's answer for a unit
 * removed for legal reasons: an organisation number and a slettedato, nothing else).
 */
export type MappedEnhet =
  | { ok: true; fields: RegisterFields }
  | { ok: false; reason: string; removal?: { orgNumber: string; deletedAt: string } }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** An underenhet has form BEDR/AAFY or a beliggenhetsadresse; an enhet neither. */
export function kindOf(value: unknown): UnitKind | undefined {
  if (!isObject(value)) return undefined
  const form = isObject(value.organisasjonsform) ? value.organisasjonsform.kode : undefined
  if (typeof form === 'string' && form)
    return ESTABLISHMENT_FORMS.has(form) ? 'underenhet' : 'enhet'
  if (isObject(value.beliggenhetsadresse)) return 'underenhet'
  if (isObject(value.forretningsadresse)) return 'enhet'
  return undefined
}

/** The address that places a unit: business address (enhet) or location (underenhet), else postal. */
function placingAddressKey(value: Record<string, unknown>, kind: UnitKind) {
  const main = kind === 'underenhet' ? 'beliggenhetsadresse' : 'forretningsadresse'
  return isObject(value[main]) || !isObject(value.postadresse) ? main : 'postadresse'
}

/** The municipality a unit is in: its placing address, else its postal address. */
export function municipalityNumberOf(value: unknown, kind?: UnitKind): string | undefined {
  if (!isObject(value)) return undefined
  const address = value[placingAddressKey(value, kind ?? kindOf(value) ?? 'enhet')] as
    BrregAddress | undefined
  const number = isObject(address) ? address.kommunenummer : undefined
  return typeof number === 'string' ? number : undefined
}

class Problem extends Error {}

function optionalString(e: Record<string, unknown>, key: string): string | null {
  const v = e[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') throw new Problem(`${key} is not text`)
  return v.trim() || null
}

function optionalBoolean(e: Record<string, unknown>, key: string): boolean {
  const v = e[key]
  if (v === undefined || v === null) return false
  if (typeof v !== 'boolean') throw new Problem(`${key} is ${JSON.stringify(v)}, not true or false`)
  return v
}

/** Register dates are calendar days; noon UTC is the same day in Oslo all year. */
function optionalDate(e: Record<string, unknown>, key: string): string | null {
  const v = optionalString(e, key)
  if (v === null) return null
  const m = DATE.exec(v)
  const date = m ? new Date(`${v}T12:00:00.000Z`) : null
  if (!date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m![3])) {
    throw new Problem(`${key} "${v}" is not a date (YYYY-MM-DD)`)
  }
  return date.toISOString()
}

function code(e: Record<string, unknown>, key: string) {
  const v = e[key]
  if (v === undefined || v === null) return { kode: null, beskrivelse: null }
  if (!isObject(v)) throw new Problem(`${key} is not an object with kode and beskrivelse`)
  return { kode: optionalString(v, 'kode'), beskrivelse: optionalString(v, 'beskrivelse') }
}

/** A list of text lines; the register writes `null` and `""` for empty lines. */
function lines(e: Record<string, unknown>, key: string, what: string, path = key): string[] {
  const v = e[key]
  if (v === undefined || v === null) return []
  if (!Array.isArray(v) || v.some((l) => l !== null && typeof l !== 'string')) {
    throw new Problem(`${path} is not a list of ${what}`)
  }
  return (v as (string | null)[]).map((l) => (l ?? '').trim()).filter(Boolean)
}

/**
 * The register publishes no count for 1–4 employees: `harRegistrertAntallAnsatte: true` without
 * `antallAnsatte`. `false` means no employment is registered at all.
 */
function employees(e: Record<string, unknown>): {
  employees: number | null
  employeeCount: EmployeeCount
} {
  const v = e.antallAnsatte
  const registered = e.harRegistrertAntallAnsatte
  if (v === undefined || v === null) {
    if (registered === false) return { employees: 0, employeeCount: 'none-registered' }
    if (registered === true) return { employees: null, employeeCount: 'one-to-four' }
    return { employees: null, employeeCount: 'unknown' }
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new Problem(`antallAnsatte ${JSON.stringify(v)} is not a whole number of employees`)
  }
  return { employees: v, employeeCount: registered === false ? 'none-registered' : 'exact' }
}

function address(e: Record<string, unknown>, kind: UnitKind): Address {
  const key = placingAddressKey(e, kind)
  const v = e[key]
  if (v === undefined || v === null) return { street: null, postalCode: null, postalPlace: null }
  if (!isObject(v)) throw new Problem(`${key} is not an object`)
  const street = lines(v, 'adresse', 'address lines', `${key}.adresse`).join(', ')
  return {
    street: street || null,
    postalCode: optionalString(v, 'postnummer'),
    postalPlace: optionalString(v, 'poststed'),
  }
}

/** The register writes "www.firma.no"; links on the site need a scheme. */
function website(value: string | null): string | null {
  if (!value) return null
  return /^https?:\/\//i.test(value) ? value : `https://${value}`
}

/** What the business does, in its own words: registered activity, else the statutory purpose. */
function activity(e: Record<string, unknown>): string | null {
  const text = lines(e, 'aktivitet', 'text lines').join(' ')
  return text || lines(e, 'vedtektsfestetFormaal', 'text lines').join(' ') || null
}

const FORCED_DISSOLUTION_DATES = [
  'tvangsavvikletPgaManglendeSlettingDato',
  'tvangsopplostPgaManglendeDagligLederDato',
  'tvangsopplostPgaManglendeRevisorDato',
  'tvangsopplostPgaManglendeRegnskapDato',
  'tvangsopplostPgaMangelfulltStyreDato',
]

interface StatusFlags {
  slettedato?: string | null
  konkurs?: boolean
  underAvvikling?: boolean
  underTvangsavviklingEllerTvangsopplosning?: boolean
}

export function statusOf(e: StatusFlags): RegisterStatus {
  if (e.slettedato) return 'deleted'
  if (e.konkurs) return 'bankrupt'
  if (e.underAvvikling || e.underTvangsavviklingEllerTvangsopplosning) return 'winding-up'
  return 'active'
}

function status(e: Record<string, unknown>) {
  const deletedAt = optionalDate(e, 'slettedato') ?? optionalDate(e, 'nedleggelsesdato')
  const konkurs = optionalBoolean(e, 'konkurs')
  const voluntary = optionalBoolean(e, 'underAvvikling')
  const forced = optionalBoolean(e, 'underTvangsavviklingEllerTvangsopplosning')
  const forcedAt = FORCED_DISSOLUTION_DATES.map((k) => optionalDate(e, k)).find(Boolean) ?? null
  const windingUp: WindingUp | null = forced ? 'forced' : voluntary ? 'voluntary' : null
  return {
    registerStatus: statusOf({
      slettedato: deletedAt,
      konkurs,
      underAvvikling: voluntary,
      underTvangsavviklingEllerTvangsopplosning: forced,
    }),
    bankruptAt: optionalDate(e, 'konkursdato'),
    windingUpAt: windingUp ? (optionalDate(e, 'underAvviklingDato') ?? forcedAt) : null,
    windingUp,
    underReconstruction: optionalBoolean(e, 'underRekonstruksjonsforhandling'),
    deletedAt,
  }
}

function validOrgNumber(value: unknown, key: string): string {
  if (typeof value !== 'string' || !value) throw new Problem(`has no ${key}`)
  const problem = orgNumberProblem(value)
  if (problem === 'format') throw new Problem(`${key} "${value}" is not 9 digits`)
  if (problem === 'check-digit') throw new Problem(`${key} "${value}" has a wrong check digit`)
  return value
}

/** `kind` comes from the file (a search page of underenheter); from the record itself otherwise. */
export function mapEnhet(value: unknown, kind?: UnitKind): MappedEnhet {
  try {
    if (!isObject(value)) throw new Problem('is not a JSON object')
    const orgNumber = validOrgNumber(value.organisasjonsnummer, 'organisasjonsnummer')
    const name = optionalString(value, 'navn')
    if (!name) {
      const deletedAt = optionalDate(value, 'slettedato')
      if (deletedAt) {
        const reason = `${orgNumber} was removed from the register on ${deletedAt.slice(0, 10)}`
        return { ok: false, reason, removal: { orgNumber, deletedAt } }
      }
      throw new Problem(`${orgNumber} has no navn`)
    }
    const unit = kind ?? kindOf(value) ?? 'enhet'
    const industries = [1, 2, 3].map((n) => code(value, `naeringskode${n}`))
    const kommune = municipalityNumberOf(value, unit) ?? null
    const parent =
      unit === 'underenhet' && value.overordnetEnhet != null
        ? validOrgNumber(value.overordnetEnhet, 'overordnetEnhet')
        : null
    const fields: RegisterFields = {
      name,
      orgNumber,
      registerUnit: unit === 'underenhet' ? 'establishment' : 'entity',
      parentOrgNumber: parent,
      organisationForm: code(value, 'organisasjonsform').kode,
      industryCode: industries[0].kode,
      industryText: industries[0].beskrivelse,
      industryCode2: industries[1].kode,
      industryText2: industries[1].beskrivelse,
      industryCode3: industries[2].kode,
      industryText3: industries[2].beskrivelse,
      activity: activity(value),
      ...employees(value),
      address: address(value, unit),
      // Old numbers become today's, whichever municipality is being imported.
      municipalityNumber: kommune ? municipalityFor(kommune).current : null,
      website: website(optionalString(value, 'hjemmeside')),
      email: optionalString(value, 'epostadresse'),
      phone: optionalString(value, 'telefon'),
      mobile: optionalString(value, 'mobil'),
      registeredAt: optionalDate(value, 'registreringsdatoEnhetsregisteret'),
      foundedAt: optionalDate(value, unit === 'underenhet' ? 'oppstartsdato' : 'stiftelsesdato'),
      ...status(value),
    }
    return { ok: true, fields }
  } catch (err) {
    if (err instanceof Problem) return { ok: false, reason: err.message }
    throw err
  }
}
