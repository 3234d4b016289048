/**
 * The daily update feed, the scheduled job and "add by org number", against the local fake of
 * Enhetsregisteret's API (cms/import/fake-brreg) and the real CMS.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import type { Business } from '../payload-types'
import { startFakeBrreg, type FakeBrreg } from './fake-brreg'
import { importBusinesses } from './importBusinesses'
import { registerApi } from './registerApi'
import { applyRegisterUpdates } from './updates/applyUpdates'
import { ensureRegisterUpdatesScheduled, nextUpdateTime } from './updates/schedule'

let cms: TestCms
let fake: FakeBrreg
const enhet = (orgnr: string, navn: string, kommunenummer: string, extra = {}) => ({
  organisasjonsnummer: orgnr,
  navn,
  organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
  forretningsadresse: {
    adresse: ['Vegen 1'],
    postnummer: '3890',
    poststed: 'VINJE',
    kommunenummer,
  },
  ...extra,
})

beforeAll(async () => {
  fake = await startFakeBrreg()
  process.env.BRREG_BASE_URL = fake.url
  cms = await testCms()
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
  await importBusinesses(cms.payload, {
    file: path.resolve('test/fixtures/brreg/enheter_alle.sample.json.gz'),
    kommune: '4036',
  })
})
afterAll(async () => {
  delete process.env.BRREG_BASE_URL
  await fake.close()
})

async function byName(): Promise<Map<string, Business>> {
  const { docs } = await cms.payload.find({ collection: 'businesses', pagination: false, depth: 0 })
  return new Map(docs.map((d) => [d.name, d]))
}

describe('the update feed', () => {
  let firstNext: Record<string, number | null>

  it('applies the day’s changes that concern the municipality, and only those', async () => {
    const yesterday = new Date(Date.now() - 3_600_000)
    fake.put('enhet', enhet('923600000', 'OSLO DATAKONSULENT AS', '0301'))
    fake.publish(
      'enhet',
      enhet('921300018', 'VINJE BYGG OG ANLEGG AS', '4036', { antallAnsatte: 13 }),
      'Endring',
      yesterday,
    )
    fake.publish(
      'enhet',
      enhet('973800000', 'NY I VINJE AS', '4036', { konkurs: true, konkursdato: '2026-11-30' }),
      'Ny',
      yesterday,
    )
    fake.publish('enhet', enhet('919900008', 'ANNA STAD AS', '0301'), 'Ny', yesterday)
    fake.publish(
      'enhet',
      { ...enhet('914200008', 'HAUKELI KRO AS', '4036'), slettedato: '2026-11-30' },
      'Sletting',
      yesterday,
    )
    fake.publish(
      'underenhet',
      {
        organisasjonsnummer: '973200003',
        navn: 'OSLO DATAKONSULENT AS AVD VINJE',
        organisasjonsform: { kode: 'BEDR', beskrivelse: 'Bedrift' },
        overordnetEnhet: '923600000',
        antallAnsatte: 6,
        beliggenhetsadresse: {
          adresse: ['Vinjevegen 192'],
          postnummer: '3890',
          poststed: 'VINJE',
          kommunenummer: '4036',
        },
      },
      'Ny',
      yesterday,
    )
    const summary = await applyRegisterUpdates(cms.payload, {
      kommune: '4036',
      since: new Date(Date.now() - 86_400_000).toISOString(),
      api: registerApi({ baseUrl: fake.url }),
    })
    expect(summary).toMatchObject({ changesRead: 5, created: 2, updated: 2, flagged: 2 })
    firstNext = { enhet: summary.next.enhet, underenhet: summary.next.underenhet }
    const all = await byName()
    expect(all.get('VINJE BYGG OG ANLEGG AS')?.employees).toBe(13)
    expect(all.get('NY I VINJE AS')).toMatchObject({
      registerStatus: 'bankrupt',
      bankruptAt: '2026-11-30T12:00:00.000Z',
    })
    expect(all.get('HAUKELI KRO AS')).toMatchObject({
      registerStatus: 'deleted',
      deletedAt: '2026-11-30T12:00:00.000Z',
    })
    expect(all.get('OSLO DATAKONSULENT AS AVD VINJE')).toMatchObject({
      registerUnit: 'establishment',
      employees: 6,
      parentName: 'OSLO DATAKONSULENT AS',
    })
    expect(all.has('ANNA STAD AS')).toBe(false)
    // One search request for each feed's changed units, not one request per unit.
    expect(
      fake.requests.filter((r) => r.startsWith('/enhetsregisteret/api/enheter?')).length,
    ).toBeLessThanOrEqual(2)
  })

  it('the next run starts after the last update: nothing read twice, nothing changed', async () => {
    const summary = await applyRegisterUpdates(cms.payload, {
      kommune: '4036',
      from: firstNext,
      api: registerApi({ baseUrl: fake.url }),
    })
    expect(summary).toMatchObject({ changesRead: 0, created: 0, updated: 0, next: firstNext })
  })

  it('a unit removed for legal reasons is flagged from its short record', async () => {
    fake.publish('enhet', enhet('984400004', 'TOTAK FISKE OG UTLEIGE AS', '0834'), 'Fjernet')
    const summary = await applyRegisterUpdates(cms.payload, {
      kommune: '4036',
      from: firstNext,
      api: registerApi({ baseUrl: fake.url }),
    })
    expect(summary.flagged).toBe(1)
    expect((await byName()).get('TOTAK FISKE OG UTLEIGE AS')?.registerStatus).toBe('deleted')
  })
})

describe('the scheduled daily job', () => {
  it('runs at 05:00 Oslo time, summer and winter', () => {
    expect(nextUpdateTime(new Date('2026-03-28T12:00:00Z')).toISOString()).toBe(
      '2026-03-29T03:00:00.000Z',
    )
    expect(nextUpdateTime(new Date('2026-11-30T10:00:00Z')).toISOString()).toBe(
      '2026-12-01T04:00:00.000Z',
    )
    expect(nextUpdateTime(new Date('2026-11-30T03:59:00Z')).toISOString()).toBe(
      '2026-11-30T04:00:00.000Z',
    )
  })

  it('applies the feed through the jobs queue and queues tomorrow’s run from where it stopped', async () => {
    fake.publish('enhet', enhet('921301006', 'ÅMOT RØYR OG VARME AS', '4036'), 'Endring')
    expect(
      await ensureRegisterUpdatesScheduled(cms.payload, new Date(Date.now() - 3_600_000)),
    ).toBe(true)
    expect(await ensureRegisterUpdatesScheduled(cms.payload, new Date())).toBe(false)
    const queued = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'registerUpdate' } },
    })
    expect(queued.totalDocs).toBe(1)
    // The worker runs it when due; here it is made due now.
    await cms.payload.update({
      collection: 'payload-jobs',
      id: queued.docs[0].id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await cms.payload.jobs.run({ allQueues: true })
    expect((await byName()).has('ÅMOT RØYR OG VARME AS')).toBe(true)
    const jobs = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'registerUpdate' } },
      sort: 'createdAt',
    })
    expect(jobs.docs).toHaveLength(2)
    expect(jobs.docs[0].completedAt).toBeTruthy()
    const next = jobs.docs[1]
    expect(next.completedAt).toBeFalsy()
    expect(new Date(next.waitUntil!).getTime()).toBe(nextUpdateTime().getTime())
    expect((next.input as { enheterFrom: number }).enheterFrom).toBeGreaterThan(firstFeedId())
  })
})

const firstFeedId = () => 1000

describe('add a business by org number (admin)', () => {
  it('fetches an establishment from the register and links it to its parent', async () => {
    fake.put('underenhet', {
      organisasjonsnummer: '973000004',
      navn: 'VINJE BYGG OG ANLEGG AS AVD RAULAND',
      organisasjonsform: { kode: 'BEDR', beskrivelse: 'Bedrift' },
      overordnetEnhet: '921300018',
      beliggenhetsadresse: {
        adresse: ['Raulandsvegen 40'],
        postnummer: '3864',
        poststed: 'RAULAND',
        kommunenummer: '4036',
      },
    })
    const token = await cms.staff(['advisor'])
    const res = await cms.rest('/businesses/from-register', {
      method: 'POST',
      token,
      body: JSON.stringify({ orgNumber: '973 000 004' }),
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      created: true,
      registerUnit: 'establishment',
      parentName: 'VINJE BYGG OG ANLEGG AS',
    })
    const stored = await cms.payload.findByID({ collection: 'businesses', id: body.id, depth: 0 })
    expect(stored.parent).toBe((await byName()).get('VINJE BYGG OG ANLEGG AS')!.id)
  })

  it('links an entrepreneur’s record once the business is registered', async () => {
    const idea = await cms.payload.create({
      collection: 'businesses',
      data: { name: 'Kari si bakeri-idé', listed: false },
    })
    fake.put('enhet', enhet('973300008', 'KARI BAKAR AS', '4036'))
    const token = await cms.staff(['advisor'])
    const res = await cms.rest('/businesses/from-register', {
      method: 'POST',
      token,
      body: JSON.stringify({ orgNumber: '973300008', businessId: idea.id }),
    })
    expect(res.status).toBe(200)
    expect(
      await cms.payload.findByID({ collection: 'businesses', id: idea.id, depth: 0 }),
    ).toMatchObject({
      name: 'KARI BAKAR AS',
      orgNumber: '973300008',
      source: 'register',
    })
  })

  /** The admin sends the staff member's language as the payload-lng cookie; Nynorsk without it. */
  const addAs = async (token: string | undefined, body: object, language?: 'nn' | 'en') => {
    const res = await cms.rest('/businesses/from-register', {
      method: 'POST',
      token,
      headers: language ? { Cookie: `payload-lng=${language}` } : {},
      body: JSON.stringify(body),
    })
    return { status: res.status, error: ((await res.json()) as { error?: string }).error }
  }

  it('says what is wrong in Nynorsk: not logged in, not in the register, a typo', async () => {
    expect(await addAs(undefined, { orgNumber: '973400002' })).toEqual({
      status: 401,
      error: 'Logg inn i administrasjonen først.',
    })
    const token = await cms.staff(['editor'])
    expect(await addAs(token, { orgNumber: '973400002' })).toEqual({
      status: 404,
      error:
        '973400002 finst ikkje i Einingsregisteret (verken som eining eller underavdeling): sjå etter skrivefeil',
    })
    expect(await addAs(token, { orgNumber: '973400003' })).toEqual({
      status: 400,
      error: 'Organisasjonsnummeret «973400003» har feil kontrollsiffer: sjå etter skrivefeil',
    })
    expect(await addAs(token, { orgNumber: '97340' })).toEqual({
      status: 400,
      error: 'Organisasjonsnummeret «97340» må ha nøyaktig 9 siffer',
    })
  })

  it('and in English for staff who chose English', async () => {
    expect(await addAs(undefined, { orgNumber: '973400002' }, 'en')).toEqual({
      status: 401,
      error: 'Log in to the admin first.',
    })
    const token = await cms.staff(['editor'])
    expect(await addAs(token, { orgNumber: '973400002' }, 'en')).toEqual({
      status: 404,
      error: '973400002 is not in Enhetsregisteret (neither an enhet nor an underenhet)',
    })
    expect(await addAs(token, { orgNumber: '973400003' }, 'en')).toEqual({
      status: 400,
      error: 'Organisation number "973400003" has a wrong check digit: check for a typo',
    })
    expect(await addAs(token, { orgNumber: '97340' }, 'en')).toEqual({
      status: 400,
      error: 'Organisation number "97340" must be exactly 9 digits',
    })
  })

  it('refuses a deleted unit, a number held by another business and a silent register, in both languages', async () => {
    const token = await cms.staff(['advisor'])
    fake.put('enhet', { organisasjonsnummer: '973500007', slettedato: '2026-11-30' })
    expect(await addAs(token, { orgNumber: '973500007' })).toEqual({
      status: 422,
      error:
        '973500007 kan ikkje leggjast til: eininga vart sletta frå Einingsregisteret 30.11.2026',
    })
    expect(await addAs(token, { orgNumber: '973500007' }, 'en')).toEqual({
      status: 422,
      error: '973500007 cannot be added: 973500007 was removed from the register on 2026-11-30',
    })

    // The establishment added above is held; an entrepreneur's record cannot take its number.
    const idea = await cms.payload.create({
      collection: 'businesses',
      data: { name: 'Olav si snikkar-idé', listed: false },
    })
    const taken = { orgNumber: '973000004', businessId: idea.id }
    expect(await addAs(token, taken)).toEqual({
      status: 409,
      error:
        '973000004 er allereie registrert på ei anna verksemd (VINJE BYGG OG ANLEGG AS AVD RAULAND)',
    })
    expect(await addAs(token, taken, 'en')).toEqual({
      status: 409,
      error:
        '973000004 is already registered on another business (VINJE BYGG OG ANLEGG AS AVD RAULAND)',
    })

    fake.failWith(503)
    try {
      const nn = await addAs(token, { orgNumber: '973500015' })
      expect(nn).toEqual({
        status: 502,
        error:
          'Einingsregisteret svarar ikkje no, eller svarte med noko uventa. Ingenting er lagra: prøv igjen om litt.',
      })
      const en = await addAs(token, { orgNumber: '973500015' }, 'en')
      expect(en.status).toBe(502)
      expect(en.error).toMatch(/^Enhetsregisteret answered 503 .*try again later$/)
    } finally {
      fake.failWith(null)
    }
  })
})

describe('add a business by org number (command line)', () => {
  // The command as staff run it, on this test's database and the fake register (asynchronously:
  // the fake answers from this process).
  const importCommand = async (...args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)(
        path.resolve('node_modules/.bin/tsx'),
        ['scripts/import-businesses.ts', ...args],
        { env: process.env },
      )
      return { code: 0, said: stdout }
    } catch (err) {
      const failed = err as { code: number; stderr: string }
      return { code: failed.code, said: failed.stderr }
    }
  }

  it('says in Nynorsk what it added, and what is wrong', async () => {
    fake.put('enhet', enhet('973600001', 'RAULAND KAFFEBRENNERI AS', '4036'))
    expect(await importCommand('--orgnr', '973600001')).toEqual({
      code: 0,
      said: expect.stringMatching(/^Lagt til: RAULAND KAFFEBRENNERI AS \(verksemd \d+\)\.\n$/),
    })
    expect(await importCommand('--orgnr', '973400002')).toEqual({
      code: 2,
      said: '\n973400002 finst ikkje i Einingsregisteret (verken som eining eller underavdeling): sjå etter skrivefeil\n',
    })
    fake.failWith(503)
    try {
      const silent = await importCommand('--orgnr', '973500015')
      expect(silent.code).toBe(2)
      expect(silent.said).toMatch(
        /\nEiningsregisteret svarar ikkje no, eller svarte med noko uventa. Ingenting er lagra: prøv igjen om litt.\n$/,
      )
    } finally {
      fake.failWith(null)
    }
  }, 120_000)
})
