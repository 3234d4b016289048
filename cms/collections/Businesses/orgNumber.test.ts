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
    expect(msg).toContain(
      'Organisasjonsnummeret «974760674» har feil kontrollsiffer (modulus 11): sjå etter skrivefeil',
    )
    expect(msg).not.toMatch(/wrong check digit/)
  })

  it('that is not 9 digits is refused', async () => {
    const msg = await validationMessages(
      cms.payload.create({ collection: 'businesses', data: { name: 'Kort', orgNumber: '1234' } }),
    )
    expect(msg).toContain('Organisasjonsnummeret «1234» må ha nøyaktig 9 siffer')
    expect(msg).not.toMatch(/exactly 9 digits/)
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
    expect(msg).toContain('Organisasjonsnummeret 923609016 er allereie registrert (Vinje Bygg AS)')
    expect(
      (
        await cms.payload.count({
          collection: 'businesses',
          where: { orgNumber: { equals: '923609016' } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('over REST, a duplicate gets a 400 with the message in the admin language', async () => {
    const token = await cms.staff(['advisor'])
    // The admin sends the staff member's language as the payload-lng cookie; Nynorsk without it.
    const post = (orgNumber: string, language?: 'nn' | 'en') =>
      cms.rest('/businesses', {
        method: 'POST',
        token,
        headers: language ? { Cookie: `payload-lng=${language}` } : {},
        body: JSON.stringify({ name: 'Kopi to AS', orgNumber }),
      })
    const nn = await post('923609016')
    expect(nn.status).toBe(400)
    expect(JSON.stringify(await nn.json())).toContain(
      'Organisasjonsnummeret 923609016 er allereie registrert (Vinje Bygg AS)',
    )
    const en = await post('923609016', 'en')
    expect(en.status).toBe(400)
    expect(JSON.stringify(await en.json())).toContain(
      'Organisation number 923609016 is already registered (Vinje Bygg AS)',
    )
  })

  it('a staff member who chose English reads format and check-digit problems in English', async () => {
    const token = await cms.staff(['advisor'])
    const post = async (orgNumber: string) =>
      JSON.stringify(
        await (
          await cms.rest('/businesses', {
            method: 'POST',
            token,
            headers: { Cookie: 'payload-lng=en' },
            body: JSON.stringify({ name: 'Feil AS', orgNumber }),
          })
        ).json(),
      )
    expect(await post('1234')).toContain('Organisation number \\"1234\\" must be exactly 9 digits')
    expect(await post('974760674')).toContain(
      'Organisation number \\"974760674\\" has a wrong check digit (modulus 11): check for a typo',
    )
  })
})
