/**
 * Numbers on local business life for the site's knowledge-base page, from the register fields of
 * the businesses. Only active businesses count: bankrupt, wound-up and deleted ones are history.
 * The unit counted is the workplace: an establishment (underenhet) with its own employees. An
 * entity whose establishments are held is counted through them, not with its national total; an
 * entity without held establishments counts as one.
 */
import type { Payload } from 'payload'

import type { Business } from '../payload-types'
import { INDUSTRY_SECTIONS, industrySectionOf, UNKNOWN_SECTION } from './industrySections'

export type StatisticsBusiness = Pick<
  Business,
  'industryCode' | 'employees' | 'registeredAt' | 'registerStatus'
> &
  Partial<Pick<Business, 'orgNumber' | 'registerUnit' | 'parentOrgNumber' | 'employeeCount'>>

export interface Count<K extends string | number = string> {
  key: K
  label: { nn: string; en: string }
  count: number
}

export const SIZE_BANDS = [
  { key: '0', min: 0, max: 0, label: { nn: 'Ingen tilsette', en: 'No employees' } },
  { key: '1-4', min: 1, max: 4, label: { nn: '1–4 tilsette', en: '1–4 employees' } },
  { key: '5-9', min: 5, max: 9, label: { nn: '5–9 tilsette', en: '5–9 employees' } },
  { key: '10-19', min: 10, max: 19, label: { nn: '10–19 tilsette', en: '10–19 employees' } },
  { key: '20-49', min: 20, max: 49, label: { nn: '20–49 tilsette', en: '20–49 employees' } },
  {
    key: '50+',
    min: 50,
    max: Infinity,
    label: { nn: '50 eller fleire tilsette', en: '50 or more employees' },
  },
] as const

const UNKNOWN_SIZE = {
  key: 'unknown',
  label: { nn: 'Tal tilsette ikkje oppgitt', en: 'Employees not stated' },
} as const

export interface BusinessStatistics {
  total: number
  /** Every section A–U in order (zeros included, so charts are comparable), then "unknown" if any. */
  byIndustrySection: Count[]
  /** The six bands in order, then "not stated" if any. */
  bySize: Count[]
  /** Every year from the first registration to the last, zeros included. */
  registrationsByYear: Count<number>[]
}

export const isActive = (b: Pick<Business, 'registerStatus'>) =>
  (b.registerStatus ?? 'active') === 'active'

/** The register publishes no count for 1–4 employees: `one-to-four` says which band it is. */
export function sizeBandOf(
  employees: number | null | undefined,
  employeeCount?: StatisticsBusiness['employeeCount'],
): string {
  if (employeeCount === 'one-to-four') return '1-4'
  if (employees === null || employees === undefined) return UNKNOWN_SIZE.key
  return SIZE_BANDS.find((band) => employees >= band.min && employees <= band.max)!.key
}

/** Registration dates are stored at noon UTC on the register's calendar day, so the UTC year is Oslo's. */
const yearOf = (iso: string | null | undefined) => (iso ? new Date(iso).getUTCFullYear() : null)

/** Establishments stand in for their parent entity: local workplaces, not national totals. */
function workplaces(businesses: StatisticsBusiness[]): StatisticsBusiness[] {
  const withEstablishments = new Set(
    businesses.filter((b) => b.registerUnit === 'establishment').map((b) => b.parentOrgNumber),
  )
  return businesses.filter(
    (b) =>
      b.registerUnit === 'establishment' || !b.orgNumber || !withEstablishments.has(b.orgNumber),
  )
}

export function businessStatistics(businesses: StatisticsBusiness[]): BusinessStatistics {
  const active = workplaces(businesses).filter(isActive)

  const sections = new Map<string, number>()
  const sizes = new Map<string, number>()
  const years = new Map<number, number>()
  for (const b of active) {
    const section = industrySectionOf(b.industryCode).code
    sections.set(section, (sections.get(section) ?? 0) + 1)
    const band = sizeBandOf(b.employees, b.employeeCount)
    sizes.set(band, (sizes.get(band) ?? 0) + 1)
    const year = yearOf(b.registeredAt)
    if (year !== null) years.set(year, (years.get(year) ?? 0) + 1)
  }

  const byIndustrySection: Count[] = INDUSTRY_SECTIONS.map((s) => ({
    key: s.code,
    label: s.name,
    count: sections.get(s.code) ?? 0,
  }))
  if (sections.get(UNKNOWN_SECTION.code))
    byIndustrySection.push({
      key: UNKNOWN_SECTION.code,
      label: UNKNOWN_SECTION.name,
      count: sections.get(UNKNOWN_SECTION.code)!,
    })

  const bySize: Count[] = SIZE_BANDS.map((band) => ({
    key: band.key,
    label: band.label,
    count: sizes.get(band.key) ?? 0,
  }))
  if (sizes.get(UNKNOWN_SIZE.key))
    bySize.push({
      key: UNKNOWN_SIZE.key,
      label: UNKNOWN_SIZE.label,
      count: sizes.get(UNKNOWN_SIZE.key)!,
    })

  const registrationsByYear: Count<number>[] = []
  if (years.size) {
    const first = Math.min(...years.keys())
    const last = Math.max(...years.keys())
    for (let y = first; y <= last; y++)
      registrationsByYear.push({
        key: y,
        label: { nn: String(y), en: String(y) },
        count: years.get(y) ?? 0,
      })
  }

  return { total: active.length, byIndustrySection, bySize, registrationsByYear }
}

/** For the site build: the statistics of every business in the register, without any staff-only field. */
export async function loadBusinessStatistics(payload: Payload): Promise<BusinessStatistics> {
  const { docs } = await payload.find({
    collection: 'businesses',
    pagination: false,
    depth: 0,
    select: {
      industryCode: true,
      employees: true,
      employeeCount: true,
      registeredAt: true,
      registerStatus: true,
      orgNumber: true,
      registerUnit: true,
      parentOrgNumber: true,
    },
  })
  return businessStatistics(docs)
}
