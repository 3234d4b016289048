import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms, validationMessages } from '../../../test/helpers/cms'

let cms: TestCms
beforeAll(async () => {
  cms = await testCms()
})

describe('a business’s organisation number', () => {
  it('is stored without the spaces people type', async () => {
    const b = await cms.payload.create({
      collection: 'businesses',
      data: { name: 'Brreg', orgNumber: '974 760 673' },
    })
    expect(b.orgNumber).toBe('974760673')
  })

  it('with a wrong check digit is refused with the reason', async () => {
    const msg = await validationMessages(
      cms.payload.create({
        collection: 'businesses',
        data: { name: 'Feil', orgNumber: '974760674' },
      }),
    )
    expect(msg).toMatch(/wrong check digit/)
  })

  it('that is not 9 digits is refused', async () => {
    const msg = await validationMessages(
      cms.payload.create({ collection: 'businesses', data: { name: 'Kort', orgNumber: '1234' } }),
    )
    expect(msg).toMatch(/exactly 9 digits/)
  })

  it('already registered is refused, naming the business that has it', async () => {
    await cms.payload.create({
      collection: 'businesses',
      data: { name: 'Vinje Bygg AS', orgNumber: '923609016' },
    })
    const msg = await validationMessages(
      cms.payload.create({
        collection: 'businesses',
        data: { name: 'Kopi AS', orgNumber: '923 609 016' },
      }),
    )
    expect(msg).toMatch(/already registered \(Vinje Bygg AS\)/)
    expect(
      (
        await cms.payload.count({
          collection: 'businesses',
          where: { orgNumber: { equals: '923609016' } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('over REST, a duplicate gets a 400 with the message', async () => {
    const token = await cms.staff(['advisor'])
    const res = await cms.rest('/businesses', {
      method: 'POST',
      token,
      body: JSON.stringify({ name: 'Kopi to AS', orgNumber: '923609016' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/already registered/)
  })
})
