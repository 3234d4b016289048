/**
 * Establishments (underenheter) and the safety of "gone from the register", on the real CMS with
 * the fixtures in test/fixtures/brreg (see its README).
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { loadBusinessStatistics } from '../knowledge/businessStatistics'
import type { Business } from '../payload-types'
import { SafetyStopError } from './applyBatch'
import { importBusinesses } from './importBusinesses'
import { formatSummary } from './summary'

const fixture = (name: string) => path.resolve('test/fixtures/brreg', name)
const ENHETER = fixture('enheter_alle.sample.json.gz')
const UNDERENHETER = fixture('underenheter_alle.sample.json.gz')

let cms: TestCms
beforeAll(async () => {
  cms = await testCms()
})

async function byName(): Promise<Map<string, Business>> {
  const { docs } = await cms.payload.find({ collection: 'businesses', pagination: false, depth: 0 })
  return new Map(docs.map((d) => [d.name, d]))
}

const snapshot = async () =>
  JSON.stringify([...(await byName()).values()].map((b) => [b.id, b.updatedAt, b.registerStatus]))

describe('both national files in one run', () => {
  it('imports the municipality’s establishments with their parents, whichever file comes first', async () => {
    const summary = await importBusinesses(cms.payload, {
      files: [ENHETER, UNDERENHETER],
      kommune: '4036',
    })
    expect(summary.files.map((f) => [path.basename(f.file), f.kind])).toEqual([
      ['underenheter_alle.sample.json.gz', 'underenhet'],
      ['enheter_alle.sample.json.gz', 'enhet'],
    ])
    // 9 entities as before, and 5 establishments in Vinje (one malformed, one in Oslo).
    expect(summary).toMatchObject({ created: 14, goneFromRegister: 0 })
    expect(summary.problems.map((p) => p.reason)).toContain('973600001 has no navn')
    const all = await byName()
    const bygg = all.get('VINJE BYGG OG ANLEGG AS')!
    expect(all.get('VINJE BYGG OG ANLEGG AS AVD RAULAND')).toMatchObject({
      registerUnit: 'establishment',
      source: 'register',
      parent: bygg.id,
      parentOrgNumber: '921300018',
      parentName: 'VINJE BYGG OG ANLEGG AS',
      employees: 4,
      employeeCount: 'exact',
      email: 'rauland@vinjebygg.example',
      phone: '35 06 00 00',
      address: { street: 'Raulandsvegen 40', postalCode: '3864', postalPlace: 'RAULAND' },
      foundedAt: '2010-01-01T12:00:00.000Z',
    })
    // A chain's shop: the parent is in Oslo, not a business of ours; its name comes from the file.
    expect(all.get('OSLO DATAKONSULENT AS AVD VINJE')).toMatchObject({
      parent: null,
      parentOrgNumber: '923600000',
      parentName: 'OSLO DATAKONSULENT AS',
      employees: null,
      employeeCount: 'one-to-four',
      industryCode2: '62.020',
      mobile: '900 00 000',
      // ["Vinjevegen 192", null, null, ""] as in the register's own documentation
      address: { street: 'Vinjevegen 192', postalCode: '3890', postalPlace: 'VINJE' },
      municipalityNumber: '4036',
    })
    expect(all.has('OSLO DATAKONSULENT AS')).toBe(false)
    expect(all.has('OSLO DATAKONSULENT AS AVD MAJORSTUEN')).toBe(false)
    // First in its file, with only a postal address: still an establishment, placed by that.
    expect(all.get('VINJE SKILAG SKIBUA')).toMatchObject({
      registerUnit: 'establishment',
      parent: all.get('VINJE SKILAG')!.id,
      employeeCount: 'none-registered',
    })
    expect(all.get('TOKKE KRAFTVERK AVD HOLVATN')).toMatchObject({
      municipalityNumber: '4036',
      parentName: null,
    })
    expect(all.get('HAUKELI KRO AS AVD SOMMARKIOSK')).toMatchObject({
      registerStatus: 'deleted',
      deletedAt: '2024-09-30T12:00:00.000Z',
    })
  })

  it('counts workplaces in the knowledge base: establishments with their own employees', async () => {
    const stats = await loadBusinessStatistics(cms.payload)
    // Active: VINJE BYGG is counted through AVD RAULAND (4, not its 12), VINJE SKILAG through
    // SKIBUA; ÅMOT RØYR, HØYDALSMO GARD, TOTAK FISKE as entities; OSLO DATAKONSULENT AVD VINJE
    // (1–4) and TOKKE KRAFTVERK (14) as establishments.
    expect(stats.total).toBe(7)
    const counts = Object.fromEntries(
      stats.bySize.filter((c) => c.count).map((c) => [c.key, c.count]),
    )
    expect(counts).toEqual({ '0': 2, '1-4': 3, '5-9': 1, '10-19': 1 })
  })

  it('the same files again change nothing', async () => {
    const before = await snapshot()
    const summary = await importBusinesses(cms.payload, {
      files: [UNDERENHETER, ENHETER],
      kommune: '4036',
    })
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 14, flagged: 0 })
    expect(await snapshot()).toBe(before)
  })

  it('a search page of establishments imports and proves nothing gone', async () => {
    const summary = await importBusinesses(cms.payload, {
      file: fixture('underenheter-search-page.json'),
      kommune: '4036',
    })
    expect(summary).toMatchObject({
      format: 'search-page',
      read: 2,
      unchanged: 2,
      goneFromRegister: 0,
    })
    expect(summary.files[0].kind).toBe('underenhet')
  })
})

describe('never marking businesses gone by mistake', () => {
  it('a small bulk file is not the national register: nobody is flagged, and the summary says why', async () => {
    const before = await snapshot()
    const summary = await importBusinesses(cms.payload, { file: UNDERENHETER, kommune: '4036' })
    expect(summary).toMatchObject({ goneFromRegister: 0, flagged: 0 })
    expect(formatSummary(summary)).toMatch(/not recognised as a complete national download/)
    expect(await snapshot()).toBe(before)
  })

  it('an establishments file never flags entities, even declared complete', async () => {
    const summary = await importBusinesses(cms.payload, {
      file: fixture('underenheter-search-page.json'),
      kommune: '4036',
      completeRegister: true,
    })
    expect(summary.goneFromRegister).toBe(0)
  })

  it('hand-entered businesses and entrepreneurs without an org number are never touched', async () => {
    const idea = await cms.payload.create({
      collection: 'businesses',
      data: { name: 'Gründar med ei idé', municipalityNumber: '4036' },
    })
    const byHand = await cms.payload.create({
      collection: 'businesses',
      data: { name: 'Handlagt AS', orgNumber: '973700006', municipalityNumber: '4036' },
    })
    expect(idea).toMatchObject({ orgNumber: null, source: 'hand-entered' })
    await importBusinesses(cms.payload, {
      files: [ENHETER, UNDERENHETER],
      kommune: '4036',
      completeRegister: true,
    })
    for (const b of [idea, byHand]) {
      const after = await cms.payload.findByID({ collection: 'businesses', id: b.id, depth: 0 })
      expect(after).toMatchObject({ registerStatus: 'active', updatedAt: b.updatedAt })
    }
  })

  it('refuses to flag more than 20 % of the municipality in one run without --confirm', async () => {
    // A "complete" establishments file that holds only AVD RAULAND: the 3 other active
    // establishments would be gone, 3 of the 12 register businesses of Vinje (25 %).
    const records = JSON.parse(fs.readFileSync(fixture('underenheter_alle.sample.json'), 'utf8'))
    const partial = path.join(process.env.DATA_DIR!, 'underenheter_partial.json')
    fs.writeFileSync(partial, JSON.stringify([records[1]]))
    const run = (confirm: boolean) =>
      importBusinesses(cms.payload, {
        file: partial,
        kommune: '4036',
        completeRegister: true,
        confirm,
      })
    const before = await snapshot()
    const err = await run(false).catch((e) => e)
    expect(err).toBeInstanceOf(SafetyStopError)
    expect(err.message).toMatch(
      /would flag 3 of the 12 businesses of municipality 4036 that came from the register \(25 %\).*more than the 20 %.*Nothing was written.*--confirm/,
    )
    expect(await snapshot()).toBe(before)

    const confirmed = await run(true)
    expect(confirmed).toMatchObject({ goneFromRegister: 3, flagged: 3 })
    expect((await byName()).get('TOKKE KRAFTVERK AVD HOLVATN')?.registerStatus).toBe('deleted')
    expect((await byName()).get('VINJE BYGG OG ANLEGG AS')?.registerStatus).toBe('active')
  })
})

describe('single records from the register', () => {
  it('a deleted enhet and a removed underenhet flag the businesses we hold', async () => {
    const deleted = await importBusinesses(cms.payload, {
      file: fixture('enhet-single.deleted.json'),
      kommune: '4036',
    })
    expect(deleted).toMatchObject({ format: 'single', flagged: 1 })
    expect((await byName()).get('ÅMOT RØYR AS')).toMatchObject({
      registerStatus: 'deleted',
      deletedAt: '2026-10-01T12:00:00.000Z',
    })
    const removed = await importBusinesses(cms.payload, {
      file: fixture('underenhet-single.removed.json'),
      kommune: '4036',
    })
    expect(removed.files[0].kind).toBe('underenhet')
    expect((await byName()).get('VINJE BYGG OG ANLEGG AS AVD RAULAND')).toMatchObject({
      registerStatus: 'deleted',
      deletedAt: '2026-10-02T12:00:00.000Z',
    })
  })
})
