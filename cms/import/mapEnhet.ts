/**
 * One register entity -> the register fields of a business, or the reason it cannot be used.
 * Only register fields come out of here: the office's own fields (description, listed, contact
 * person, plan, needs, meeting log) are never part of an import.
 */
import { orgNumberProblem } from '../fields/orgNumber'
import type { BrregAddress, Enhet } from './enhet'
import { municipalityFor } from './municipalities'

export type RegisterStatus = 'active' | 'bankrupt' | 'winding-up' | 'deleted'

/** Exactly the fields an import may write. */
export interface RegisterFields {
  name: string
  orgNumber: string
  organisationForm: string | null
  industryCode: string | null
  industryText: string | null
  employees: number | null
  address: { street: string | null; postalCode: string | null; postalPlace: string | null }
  municipalityNumber: string | null
  website: string | null
  registeredAt: string | null
  foundedAt: string | null
  registerStatus: RegisterStatus
}

export type MappedEnhet = { ok: true; fields: RegisterFields } | { ok: false; reason: string }

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The business address decides the municipality; entities with only a postal address use that. */
export function municipalityNumberOf(value: unknown): string | undefined {
  if (!isObject(value)) return undefined
  const address = (isObject(value.forretningsadresse) ? value.forretningsadresse : value.postadresse) as BrregAddress | undefined
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

function code(e: Record<string, unknown>, key: string): { kode: string | null; beskrivelse: string | null } {
  const v = e[key]
  if (v === undefined || v === null) return { kode: null, beskrivelse: null }
  if (!isObject(v)) throw new Problem(`${key} is not an object with kode and beskrivelse`)
  return { kode: optionalString(v, 'kode'), beskrivelse: optionalString(v, 'beskrivelse') }
}

function employees(e: Record<string, unknown>): number | null {
  const v = e.antallAnsatte
  if (v === undefined || v === null) return e.harRegistrertAntallAnsatte === false ? 0 : null
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Problem(`antallAnsatte ${JSON.stringify(v)} is not a whole number of employees`)
  return v
}

function address(e: Record<string, unknown>) {
  const key = isObject(e.forretningsadresse) || !isObject(e.postadresse) ? 'forretningsadresse' : 'postadresse'
  const v = e[key]
  if (v === undefined || v === null) return { street: null, postalCode: null, postalPlace: null }
  if (!isObject(v)) throw new Problem(`${key} is not an object`)
  const lines = v.adresse
  if (lines !== undefined && lines !== null && (!Array.isArray(lines) || lines.some((l) => typeof l !== 'string'))) {
    throw new Problem(`${key}.adresse is not a list of address lines`)
  }
  const street = ((lines as string[] | undefined) ?? []).map((l) => l.trim()).filter(Boolean).join(', ')
  return { street: street || null, postalCode: optionalString(v, 'postnummer'), postalPlace: optionalString(v, 'poststed') }
}

/** The register writes "www.firma.no"; links on the site need a scheme. */
function website(value: string | null): string | null {
  if (!value) return null
  return /^https?:\/\//i.test(value) ? value : `https://${value}`
}

export function statusOf(e: Pick<Enhet, 'slettedato' | 'konkurs' | 'underAvvikling' | 'underTvangsavviklingEllerTvangsopplosning'>): RegisterStatus {
  if (e.slettedato) return 'deleted'
  if (e.konkurs) return 'bankrupt'
  if (e.underAvvikling || e.underTvangsavviklingEllerTvangsopplosning) return 'winding-up'
  return 'active'
}

export function mapEnhet(value: unknown): MappedEnhet {
  try {
    if (!isObject(value)) throw new Problem('is not a JSON object')
    const orgNumber = value.organisasjonsnummer
    if (typeof orgNumber !== 'string' || !orgNumber) throw new Problem('has no organisasjonsnummer')
    const problem = orgNumberProblem(orgNumber)
    if (problem === 'format') throw new Problem(`organisasjonsnummer "${orgNumber}" is not 9 digits`)
    if (problem === 'check-digit') throw new Problem(`organisasjonsnummer "${orgNumber}" has a wrong check digit`)
    const name = optionalString(value, 'navn')
    if (!name) throw new Problem(`${orgNumber} has no navn`)
    const form = code(value, 'organisasjonsform')
    const industry = code(value, 'naeringskode1')
    const kommune = municipalityNumberOf(value) ?? null
    const slettedato = optionalDate(value, 'slettedato')
    const fields: RegisterFields = {
      name,
      orgNumber,
      organisationForm: form.kode,
      industryCode: industry.kode,
      industryText: industry.beskrivelse,
      employees: employees(value),
      address: address(value),
      // Old numbers become today's, whichever municipality is being imported.
      municipalityNumber: kommune ? municipalityFor(kommune).current : null,
      website: website(optionalString(value, 'hjemmeside')),
      registeredAt: optionalDate(value, 'registreringsdatoEnhetsregisteret'),
      foundedAt: optionalDate(value, 'stiftelsesdato'),
      registerStatus: statusOf({
        slettedato: slettedato ?? undefined,
        konkurs: optionalBoolean(value, 'konkurs'),
        underAvvikling: optionalBoolean(value, 'underAvvikling'),
        underTvangsavviklingEllerTvangsopplosning: optionalBoolean(value, 'underTvangsavviklingEllerTvangsopplosning'),
      }),
    }
    return { ok: true, fields }
  } catch (err) {
    if (err instanceof Problem) return { ok: false, reason: err.message }
    throw err
  }
}
