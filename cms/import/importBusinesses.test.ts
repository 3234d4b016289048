/**
 * The register import on the real CMS (Local API, temp SQLite), with the fixture files in
 * test/fixtures/brreg (see its README for what each record is for).
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import type { Business } from '../payload-types'
import { ImportUsageError, importBusinesses } from './importBusinesses'
import { FileFormatError } from './readEnheter'
import { formatSummary } from './summary'

const fixture = (name: string) => path.resolve('test/fixtures/brreg', name)
const BULK = fixture('enheter_alle.sample.json.gz')
const PAGE = fixture('enheter-search-page.json')

let cms: TestCms
beforeAll(async () => {
  cms = await testCms()
})

async function businesses(): Promise<Map<string, Business>> {
  const { docs } = await cms.payload.find({ collection: 'businesses', pagination: false, depth: 0 })
  return new Map(docs.map((d) => [d.name, d]))
}

/** What an import could have touched: every business's id, last change and status. */
const snapshot = async (municipalityNumber?: string) =>
  JSON.stringify(
    [...(await businesses()).values()]
      .filter((b) => !municipalityNumber || b.municipalityNumber === municipalityNumber)
      .map((b) => [b.id, b.updatedAt, b.registerStatus]),
  )

describe('the first import of the bulk download for Vinje', () => {
  it('creates the municipality’s businesses, old numbers included, and reports the rest', async () => {
    const summary = await importBusinesses(cms.payload, { file: BULK, kommune: '4036' })
    expect(summary).toMatchObject({
      format: 'bulk',
      municipality: '4036',
      read: 16,
      inMunicipality: 13,
      created: 9,
      updated: 0,
      unchanged: 0,
      flagged: 4,
      skipped: 4,
      goneFromRegister: 0,
    })
    const all = await businesses()
    expect([...all.keys()].sort()).toEqual([
      'EDLAND TRANSPORT AS',
      'GAMLE RAULAND HOTELL AS',
      'HAUKELI KRO AS',
      'HØYDALSMO GARD Ola Nordmann',
      'TOTAK FISKE OG UTLEIGE AS',
      'VINJE BYGG OG ANLEGG AS',
      'VINJE SKILAG',
      'VINJE SKYSS AS',
      'ÅMOT RØYR AS',
    ])
  })

  it('stores the register fields, with today’s municipality number for old ones', async () => {
    const all = await businesses()
    expect(all.get('VINJE BYGG OG ANLEGG AS')).toMatchObject({
      orgNumber: '921300018',
      organisationForm: 'AS',
      industryCode: '41.200',
      industryText: 'Oppføring av bygninger',
      employees: 12,
      address: { street: 'Industrivegen 7', postalCode: '3890', postalPlace: 'VINJE' },
      municipalityNumber: '4036',
      website: 'https://www.vinjebygg.example',
      registeredAt: '2004-05-11T12:00:00.000Z',
      foundedAt: '2004-04-20T12:00:00.000Z',
      registerStatus: 'active',
      listed: false,
    })
    expect(all.get('HØYDALSMO GARD Ola Nordmann')).toMatchObject({
      municipalityNumber: '4036',
      employees: 0,
    })
    expect(all.get('TOTAK FISKE OG UTLEIGE AS')?.municipalityNumber).toBe('4036')
    expect(all.get('VINJE SKILAG')?.address).toMatchObject({
      street: 'Postboks 12',
      postalPlace: 'HØYDALSMO',
    })
  })

  it('flags bankrupt, wound-up and deleted businesses instead of leaving them out', async () => {
    const all = await businesses()
    expect(all.get('GAMLE RAULAND HOTELL AS')?.registerStatus).toBe('bankrupt')
    expect(all.get('HAUKELI KRO AS')?.registerStatus).toBe('winding-up')
    expect(all.get('EDLAND TRANSPORT AS')?.registerStatus).toBe('winding-up')
    expect(all.get('VINJE SKYSS AS')?.registerStatus).toBe('deleted')
  })

  it('reports each malformed record with its position and reason', async () => {
    const summary = await importBusinesses(cms.payload, { file: BULK, kommune: '4036' })
    expect(summary.problems.map((p) => `${p.position.path} ${p.reason}`)).toEqual([
      '[10] organisasjonsnummer "12345678" is not 9 digits',
      '[11] organisasjonsnummer "921400005" has a wrong check digit',
      '[12] 921500009 has no navn',
      '[13] antallAnsatte "mange" is not a whole number of employees',
    ])
    expect(formatSummary(summary)).toContain(
      'record 11 ([10]): organisasjonsnummer "12345678" is not 9 digits',
    )
  })
})

describe('importing again', () => {
  it('the same file changes nothing', async () => {
    const before = await snapshot()
    const summary = await importBusinesses(cms.payload, { file: BULK, kommune: '4036' })
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 9, flagged: 0, skipped: 4 })
    expect(await snapshot()).toBe(before)
  })

  it('a search page updates register fields and never the office’s own fields', async () => {
    const advisor = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'radgjevar@vinje.example',
        password: 'test-password-1234',
        name: 'Rådgjevar',
        roles: ['advisor'],
      },
    })
    const topic = await cms.payload.create({
      collection: 'topics',
      data: { name: 'Rekruttering', slug: 'rekruttering' },
    })
    const royr = (await businesses()).get('ÅMOT RØYR AS')!
    const office = {
      description: 'Røyrleggar med lærlingplass.',
      listed: true,
      contactPerson: advisor.id,
      developmentPlan: [
        {
          goal: 'Ta inn to lærlingar',
          actions: [{ text: 'Kontakt skulen', owner: 'Dagleg leiar', status: 'planned' as const }],
        },
      ],
      needs: [{ topic: topic.id, priority: 'high' as const, note: 'Manglar fagfolk' }],
      meetingLog: [{ date: '2026-09-01T10:00:00.000Z', summary: 'Første møte' }],
    }
    await cms.payload.update({ collection: 'businesses', id: royr.id, data: office })

    const summary = await importBusinesses(cms.payload, { file: PAGE, kommune: '4036' })
    expect(summary).toMatchObject({
      format: 'search-page',
      read: 3,
      inMunicipality: 3,
      created: 1,
      updated: 1,
      unchanged: 0,
      skipped: 1,
      goneFromRegister: 0,
    })
    expect(summary.problems[0]).toMatchObject({
      position: { path: '_embedded.enheter[2]' },
      reason: 'registreringsdatoEnhetsregisteret "2022-13-45" is not a date (YYYY-MM-DD)',
    })

    const after = await cms.payload.findByID({ collection: 'businesses', id: royr.id, depth: 0 })
    expect(after).toMatchObject({
      name: 'ÅMOT RØYR OG VARME AS',
      employees: 7,
      ...office,
      contactPerson: advisor.id,
    })
    expect(after.developmentPlan?.[0].actions?.[0].text).toBe('Kontakt skulen')
    expect(after.needs?.[0]).toMatchObject({
      topic: topic.id,
      priority: 'high',
      note: 'Manglar fagfolk',
    })
    expect((await businesses()).get('RAULAND SKISENTER AS')?.municipalityNumber).toBe('4036')
  })

  it('a search page flags nobody as gone; the full file flags who is missing from it', async () => {
    const page = await importBusinesses(cms.payload, { file: PAGE, kommune: '4036' })
    expect(page).toMatchObject({ unchanged: 2, flagged: 0, goneFromRegister: 0 })
    expect(formatSummary(page)).toMatch(/businesses missing from it were not flagged as gone/)

    // The sample is small: only declared complete may it prove a business gone.
    const bulk = await importBusinesses(cms.payload, {
      file: BULK,
      kommune: '4036',
      completeRegister: true,
    })
    // RAULAND SKISENTER AS came from the page only; ÅMOT RØYR goes back to the bulk file's values.
    expect(bulk).toMatchObject({ updated: 1, unchanged: 8, flagged: 1, goneFromRegister: 1 })
    const all = await businesses()
    expect(all.get('RAULAND SKISENTER AS')?.registerStatus).toBe('deleted')
    expect(all.get('ÅMOT RØYR AS')?.listed).toBe(true)
  })
})

describe('choosing the municipality', () => {
  it('accepts an old number for the same municipality', async () => {
    const summary = await importBusinesses(cms.payload, { file: BULK, kommune: '0834' })
    expect(summary).toMatchObject({
      municipality: '4036',
      inMunicipality: 13,
      created: 0,
      updated: 0,
      unchanged: 9,
    })
  })

  it('importing another municipality adds only its businesses and leaves Vinje’s alone', async () => {
    const before = await snapshot('4036')
    const summary = await importBusinesses(cms.payload, { file: BULK, kommune: '4033' })
    expect(summary).toMatchObject({
      municipality: '4033',
      inMunicipality: 1,
      created: 1,
      flagged: 0,
      skipped: 0,
    })
    const all = await businesses()
    expect(all.get('TOKKE TRE AS')?.municipalityNumber).toBe('4033')
    expect(await snapshot('4036')).toBe(before)
  })

  it('defaults to the municipality in site settings', async () => {
    await expect(importBusinesses(cms.payload, { file: BULK })).rejects.toThrow(
      /pass --kommune 4036 or set it in the admin under Site settings/,
    )
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        officeName: 'Næringskontoret',
        municipality: 'Vinje kommune',
        municipalityNumber: '4036',
        postalAddress: 'Vinjevegen 192, 3890 Vinje',
        contactEmail: 'naering@vinje.example',
      },
      context: { skipSiteBuild: true },
    })
    // 9 in Vinje, and TOKKE TRE AS: a business we hold is kept up to date wherever it is.
    expect(await importBusinesses(cms.payload, { file: BULK })).toMatchObject({
      municipality: '4036',
      inMunicipality: 13,
      unchanged: 10,
    })
  })

  it('refuses a municipality number that is not 4 digits', async () => {
    await expect(
      importBusinesses(cms.payload, { file: BULK, kommune: '436' }),
    ).rejects.toBeInstanceOf(ImportUsageError)
  })
})

describe('a file the importer cannot use', () => {
  it('stops before writing anything and names the accepted formats', async () => {
    const before = await snapshot()
    for (const name of [
      'enheter.sample.csv',
      'mixed.sample.json',
      'enheter_alle.truncated.json',
      'enheter_alle.truncated.json.gz',
    ]) {
      const err = await importBusinesses(cms.payload, {
        file: fixture(name),
        kommune: '4036',
      }).catch((e) => e)
      expect(err, name).toBeInstanceOf(FileFormatError)
      expect(err.message).toMatch(/Nothing was written\.$/)
    }
    expect(await snapshot()).toBe(before)
  })

  it('says so when the file does not exist', async () => {
    await expect(
      importBusinesses(cms.payload, { file: '/nonexistent/enheter.json.gz', kommune: '4036' }),
    ).rejects.toThrow('File not found: /nonexistent/enheter.json.gz')
  })
})

describe('after an import that changed something', () => {
  it('one site build is queued, not one per business', async () => {
    const builds = await cms.payload.find({
      collection: 'site-builds',
      where: { status: { equals: 'queued' } },
    })
    expect(builds.totalDocs).toBe(1)
    expect(builds.docs[0].trigger).toMatch(/register import: \d+ businesses changed/)
  })
})
