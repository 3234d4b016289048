import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { fundingSchemes } from '../seed/data/fundingSchemes'
import { seedFundingSchemes } from '../seed/funding'
import { upcomingFundingDeadlines } from './upcomingFundingDeadlines'

let cms: TestCms
beforeAll(async () => {
  cms = await testCms()
})

const NOW = new Date('2026-11-24T15:00:00.000Z')
const context = { skipSiteBuild: true }

describe('upcoming funding deadlines', () => {
  beforeAll(async () => {
    const scheme = (name: string, deadline: string | null, rolling = false) =>
      cms.payload.create({
        collection: 'funding-schemes',
        data: { name, slug: '', provider: 'Vinje kommune', deadline, rolling },
        context,
      })
    await scheme('Gått ut i går', '2026-11-23T11:00:00.000Z')
    await scheme('Frist i dag', '2026-11-24T11:00:00.000Z')
    await scheme('Frist om ein månad', '2026-12-24T11:00:00.000Z')
    await scheme('Frist neste år', '2027-03-01T11:00:00.000Z')
    await scheme('Løpande lån', null, true)
    await scheme('Alltid open', null, true)
    await scheme('Utan frist og ikkje løpande', null)
  })

  it('lists open deadlines nearest first (today’s still open), then rolling schemes', async () => {
    const names = (await upcomingFundingDeadlines(cms.payload, { now: NOW, limit: 10 })).map(
      (f) => f.name,
    )
    expect(names).toEqual([
      'Frist i dag',
      'Frist om ein månad',
      'Frist neste år',
      'Alltid open',
      'Løpande lån',
    ])
  })

  it('keeps to the limit, dated ones first', async () => {
    expect(
      (await upcomingFundingDeadlines(cms.payload, { now: NOW, limit: 2 })).map((f) => f.name),
    ).toEqual(['Frist i dag', 'Frist om ein månad'])
    expect(
      (await upcomingFundingDeadlines(cms.payload, { now: NOW, limit: 4 })).map((f) => f.name),
    ).toEqual(['Frist i dag', 'Frist om ein månad', 'Frist neste år', 'Alltid open'])
    expect(await upcomingFundingDeadlines(cms.payload, { now: NOW, limit: 0 })).toEqual([])
  })
})

describe('the funding schemes in the demo content', () => {
  it('are seeded in Nynorsk and English, once', async () => {
    const topics = new Map<string, number>()
    for (const slug of ['finansiering', 'reiseliv', 'landbruk', 'rekruttering']) {
      topics.set(
        slug,
        (await cms.payload.create({ collection: 'topics', data: { name: slug, slug } })).id,
      )
    }
    const tally = {}
    await seedFundingSchemes(cms.payload, tally, { topics })
    await seedFundingSchemes(cms.payload, tally, { topics })
    expect(tally).toEqual({
      'funding-schemes': { created: fundingSchemes.length, existing: fundingSchemes.length },
    })
    const found = await cms.payload.find({
      collection: 'funding-schemes',
      where: { slug: { equals: 'naeringsfondet-i-vinje' } },
      locale: 'nn',
    })
    const fund = await cms.payload.findByID({
      collection: 'funding-schemes',
      id: found.docs[0].id,
      locale: 'en',
      depth: 0,
    })
    expect(found.docs[0]).toMatchObject({
      name: 'Næringsfondet i Vinje',
      provider: 'Vinje kommune',
    })
    expect(fund).toMatchObject({
      name: 'Vinje business development fund',
      slug: 'vinje-business-development-fund',
      rolling: false,
    })
    expect(fund.topics).toEqual([
      topics.get('finansiering'),
      topics.get('reiseliv'),
      topics.get('landbruk'),
    ])
    const loan = await cms.payload.find({
      collection: 'funding-schemes',
      where: { slug: { equals: 'distriktslan' } },
    })
    expect(loan.docs[0]).toMatchObject({ rolling: true, deadline: null })
  })
})
