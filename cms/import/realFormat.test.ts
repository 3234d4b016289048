/**
 * Real Enhetsregisteret records (../shared/brreg-real/out, see its MANIFEST.md; read in place,
 * never copied into the project) import as the register says they should. Skipped with a
 * printed reason where that folder is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import type { Business } from '../payload-types'
import { importBusinesses } from './importBusinesses'

const REAL = path.resolve('../shared/brreg-real/out')
const present = fs.existsSync(path.join(REAL, 'enheter_alle.real.json.gz'))
if (!present) console.log(`Real-format records skipped: ${REAL} is not there (see test/README.md).`)
const real = (name: string) => path.join(REAL, name)

describe.skipIf(!present)('the real-format records', () => {
  let cms: TestCms
  let handEntered: Business
  beforeAll(async () => {
    cms = await testCms()
    handEntered = await cms.payload.create({
      collection: 'businesses',
      data: {
        name: 'Demoverksemd AS',
        orgNumber: '923609016',
        municipalityNumber: '4036',
        listed: true,
      },
    })
  })
  const byOrg = async () => {
    const { docs } = await cms.payload.find({
      collection: 'businesses',
      pagination: false,
      depth: 0,
    })
    return new Map(docs.map((d) => [d.orgNumber, d]))
  }

  it('the bulk download: status detail, contact and activity, employee-count meaning', async () => {
    const s = await importBusinesses(cms.payload, {
      file: real('enheter_alle.real.json.gz'),
      kommune: '4036',
    })
    expect(s).toMatchObject({
      read: 18,
      inMunicipality: 16,
      created: 16,
      skipped: 0,
      goneFromRegister: 0,
    })
    const all = await byOrg()
    expect(all.has('911963582')).toBe(false) // stays in Bærum
    expect(all.has('927728214')).toBe(false) // NUF: business address in Germany
    expect(all.get('912755258')).toMatchObject({ employees: null, employeeCount: 'one-to-four' })
    expect(all.get('925705780')).toMatchObject({ employees: 0, employeeCount: 'none-registered' })
    expect(all.get('819817642')).toMatchObject({
      registerStatus: 'bankrupt',
      bankruptAt: '2023-12-29T12:00:00.000Z',
    })
    expect(all.get('821005302')).toMatchObject({
      registerStatus: 'winding-up',
      windingUp: 'voluntary',
      windingUpAt: '2023-10-18T12:00:00.000Z',
    })
    expect(all.get('918469583')).toMatchObject({
      windingUp: 'forced',
      windingUpAt: '2022-11-28T12:00:00.000Z',
    })
    expect(all.get('926088564')).toMatchObject({
      windingUp: 'forced',
      windingUpAt: '2023-07-12T12:00:00.000Z',
    })
    expect(all.get('944384448')).toMatchObject({
      industryCode2: '87.102',
      industryCode3: '88.999',
      employees: 2055,
    })
    expect(all.get('991825827')).toMatchObject({
      email: 'postmottak@digdir.no',
      phone: '22 45 10 00',
    })
    expect(all.get('991825827')?.activity).toMatch(
      /^Digitaliseringsdirektoratet skal være .* som helhet\.$/,
    )
    expect(all.get('925725005')?.activity).toBe('Persontransport og utleige av køyretøy.')
  })

  it('the next day’s smaller file flags nobody; declared complete it flags only VINJE TAXI', async () => {
    const s = await importBusinesses(cms.payload, {
      file: real('enheter_alle.real.next-day.json.gz'),
      kommune: '4036',
    })
    expect(s).toMatchObject({ flagged: 0, goneFromRegister: 0 })
    const full = await importBusinesses(cms.payload, {
      file: real('enheter_alle.real.next-day.json.gz'),
      kommune: '4036',
      completeRegister: true,
    })
    expect(full).toMatchObject({ flagged: 1, goneFromRegister: 1 })
    const all = await byOrg()
    expect(all.get('925725005')?.registerStatus).toBe('deleted')
    expect(all.get('923609016')).toMatchObject({
      registerStatus: 'active',
      updatedAt: handEntered.updatedAt,
    })
  })

  it('an underenheter file whose first record has only a postadresse is read as establishments', async () => {
    const s = await importBusinesses(cms.payload, {
      file: real('underenheter_alle.first-without-beliggenhetsadresse.json.gz'),
      kommune: '4036',
      completeRegister: true,
    })
    expect(s.files[0].kind).toBe('underenhet')
    expect(s).toMatchObject({ created: 2, goneFromRegister: 0, flagged: 0 })
    const all = await byOrg()
    expect(all.get('924203617')).toMatchObject({
      registerUnit: 'establishment',
      parent: all.get('991825827')!.id,
      employees: 94,
    })
    expect([...all.values()].filter((b) => b.registerStatus === 'deleted')).toHaveLength(1)
  })

  it('search pages of both kinds, and single look-ups of deleted and removed units', async () => {
    const under = await importBusinesses(cms.payload, {
      file: real('underenheter-search-page.digdir.real.json'),
      kommune: '1813',
    })
    // The same establishment as above, as the search page places it (Brønnøy, 1813).
    expect(under).toMatchObject({ format: 'search-page', inMunicipality: 1, updated: 1 })
    const page = await importBusinesses(cms.payload, {
      file: real('enheter-search-page.sesam.real.json'),
      kommune: '3825',
    })
    expect(page).toMatchObject({ format: 'search-page', unchanged: 2, goneFromRegister: 0 })
    for (const name of ['enhet-single.deleted.real.json', 'underenhet-single.removed.real.json']) {
      const single = await importBusinesses(cms.payload, { file: real(name), kommune: '4036' })
      expect(single).toMatchObject({ format: 'single', created: 0, flagged: 0 }) // not ours
    }
  })
})
