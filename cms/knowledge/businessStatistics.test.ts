import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { importBusinesses } from '../import/importBusinesses'
import { businessStatistics, loadBusinessStatistics, sizeBandOf } from './businessStatistics'
import { INDUSTRY_SECTIONS, industrySectionOf } from './industrySections'

const at = (year: number) => `${year}-05-01T12:00:00.000Z`

describe('industry sections (SN2007 / NACE)', () => {
  it('come from the first two digits of the industry code', () => {
    expect(industrySectionOf('01.410').code).toBe('A')
    expect(industrySectionOf('10.510').code).toBe('C')
    expect(industrySectionOf('33.200').code).toBe('C')
    expect(industrySectionOf('35.111').code).toBe('D')
    expect(industrySectionOf('43.221').code).toBe('F')
    expect(industrySectionOf('55.101').name).toEqual({
      nn: 'Overnattings- og serveringsverksemd',
      en: 'Accommodation and food service activities',
    })
    expect(industrySectionOf('99.000').code).toBe('U')
  })

  it('put missing, unstated and unknown codes in their own group', () => {
    for (const code of [null, undefined, '', '00.000', '04.100', 'abc'])
      expect(industrySectionOf(code).code).toBe('?')
  })

  it('cover every division from 01 to 99 without overlap', () => {
    const owners = new Map<number, string>()
    for (const s of INDUSTRY_SECTIONS)
      for (let d = s.divisions[0]; d <= s.divisions[1]; d++) {
        expect(owners.has(d), `division ${d}`).toBe(false)
        owners.set(d, s.code)
      }
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU')
  })
})

describe('business statistics', () => {
  const businesses = [
    {
      industryCode: '41.200',
      employees: 12,
      registeredAt: at(2004),
      registerStatus: 'active' as const,
    },
    {
      industryCode: '43.221',
      employees: 5,
      registeredAt: at(2019),
      registerStatus: 'active' as const,
    },
    {
      industryCode: '01.410',
      employees: 0,
      registeredAt: at(2021),
      registerStatus: 'active' as const,
    },
    { industryCode: '03.120', employees: 2, registeredAt: at(2021), registerStatus: null },
    {
      industryCode: '55.101',
      employees: 50,
      registeredAt: at(2019),
      registerStatus: 'active' as const,
    },
    { industryCode: null, employees: null, registeredAt: null, registerStatus: 'active' as const },
    // History, not business life today:
    {
      industryCode: '55.101',
      employees: 0,
      registeredAt: at(1995),
      registerStatus: 'bankrupt' as const,
    },
    {
      industryCode: '56.101',
      employees: 3,
      registeredAt: at(2001),
      registerStatus: 'winding-up' as const,
    },
    {
      industryCode: '49.391',
      employees: null,
      registeredAt: at(1999),
      registerStatus: 'deleted' as const,
    },
  ]
  const stats = businessStatistics(businesses)
  const counts = (list: { key: string | number; count: number }[]) =>
    Object.fromEntries(list.filter((c) => c.count).map((c) => [c.key, c.count]))

  it('count active businesses only', () => {
    expect(stats.total).toBe(6)
  })

  it('by industry section, every section listed in order, unknown last', () => {
    expect(counts(stats.byIndustrySection)).toEqual({ A: 2, F: 2, I: 1, '?': 1 })
    expect(stats.byIndustrySection.map((c) => c.key).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU?')
  })

  it('by size band', () => {
    expect(counts(stats.bySize)).toEqual({
      '0': 1,
      '1-4': 1,
      '5-9': 1,
      '10-19': 1,
      '50+': 1,
      unknown: 1,
    })
    expect(stats.bySize.map((c) => c.label.en).slice(0, 6)).toEqual([
      'No employees',
      '1–4 employees',
      '5–9 employees',
      '10–19 employees',
      '20–49 employees',
      '50 or more employees',
    ])
    expect([0, 1, 4, 5, 9, 10, 19, 20, 49, 50, 1200].map((n) => sizeBandOf(n))).toEqual([
      '0',
      '1-4',
      '1-4',
      '5-9',
      '5-9',
      '10-19',
      '10-19',
      '20-49',
      '20-49',
      '50+',
      '50+',
    ])
  })

  it('new registrations per year, with the empty years in between', () => {
    expect(stats.registrationsByYear[0]).toEqual({
      key: 2004,
      label: { nn: '2004', en: '2004' },
      count: 1,
    })
    expect(stats.registrationsByYear.length).toBe(2021 - 2004 + 1)
    expect(counts(stats.registrationsByYear)).toEqual({ 2004: 1, 2019: 2, 2021: 2 })
  })

  it('of an empty register are zeros, not errors', () => {
    expect(businessStatistics([])).toMatchObject({ total: 0, registrationsByYear: [] })
  })
})

describe('statistics from the imported register', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await testCms()
    await importBusinesses(cms.payload, {
      file: path.resolve('test/fixtures/brreg/enheter_alle.sample.json.gz'),
      kommune: '4036',
    })
  })

  it('equal the register data in the fixture (active businesses only)', async () => {
    const stats = await loadBusinessStatistics(cms.payload)
    // Active in the fixture: VINJE BYGG (41, 12), ÅMOT RØYR (43, 5), HØYDALSMO GARD (01, 0),
    // TOTAK FISKE (03, 2), VINJE SKILAG (93, no employees registered). Bankrupt/wound-up/deleted are left out.
    expect(stats.total).toBe(5)
    const nonZero = (list: { key: string | number; count: number }[]) =>
      Object.fromEntries(list.filter((c) => c.count).map((c) => [c.key, c.count]))
    expect(nonZero(stats.byIndustrySection)).toEqual({ A: 2, F: 2, R: 1 })
    expect(nonZero(stats.bySize)).toEqual({ '0': 2, '1-4': 1, '5-9': 1, '10-19': 1 })
    expect(nonZero(stats.registrationsByYear)).toEqual({
      1987: 1,
      2004: 1,
      2012: 1,
      2019: 1,
      2021: 1,
    })
  })
})
