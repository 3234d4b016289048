import { describe, expect, it } from 'vitest'

import { mapEnhet, municipalityNumberOf } from './mapEnhet'

const enhet = (extra: Record<string, unknown> = {}) => ({
  organisasjonsnummer: '974760673',
  navn: 'REGISTERENHETEN I BRØNNØYSUND',
  organisasjonsform: { kode: 'ORGL', beskrivelse: 'Organisasjonsledd' },
  naeringskode1: { kode: '84.110', beskrivelse: 'Generell offentlig administrasjon' },
  antallAnsatte: 487,
  forretningsadresse: {
    adresse: ['Havnegata 48', ''],
    postnummer: '8900',
    poststed: 'BRØNNØYSUND',
    kommunenummer: '1813',
  },
  hjemmeside: 'www.brreg.no',
  registreringsdatoEnhetsregisteret: '1995-02-20',
  konkurs: false,
  underAvvikling: false,
  underTvangsavviklingEllerTvangsopplosning: false,
  ...extra,
})

describe('an Enhetsregisteret entity as a business', () => {
  it('keeps the register fields, with a clickable website and register dates as whole days', () => {
    const result = mapEnhet(enhet())
    expect(result).toEqual({
      ok: true,
      fields: {
        name: 'REGISTERENHETEN I BRØNNØYSUND',
        orgNumber: '974760673',
        registerUnit: 'entity',
        parentOrgNumber: null,
        organisationForm: 'ORGL',
        industryCode: '84.110',
        industryText: 'Generell offentlig administrasjon',
        industryCode2: null,
        industryText2: null,
        industryCode3: null,
        industryText3: null,
        activity: null,
        employees: 487,
        employeeCount: 'exact',
        address: { street: 'Havnegata 48', postalCode: '8900', postalPlace: 'BRØNNØYSUND' },
        municipalityNumber: '1813',
        website: 'https://www.brreg.no',
        email: null,
        phone: null,
        mobile: null,
        registeredAt: '1995-02-20T12:00:00.000Z',
        foundedAt: null,
        registerStatus: 'active',
        bankruptAt: null,
        windingUpAt: null,
        windingUp: null,
        underReconstruction: false,
        deletedAt: null,
      },
    })
  })

  it('stores old municipality numbers as today’s', () => {
    for (const old of ['3825', '0834']) {
      const r = mapEnhet(enhet({ forretningsadresse: { kommunenummer: old } }))
      expect(r.ok && r.fields.municipalityNumber).toBe('4036')
    }
  })

  it('flags bankruptcy, winding-up and deletion, deletion first', () => {
    const status = (extra: Record<string, unknown>) => {
      const r = mapEnhet(enhet(extra))
      return r.ok ? r.fields.registerStatus : r.reason
    }
    expect(status({ konkurs: true })).toBe('bankrupt')
    expect(status({ underAvvikling: true })).toBe('winding-up')
    expect(status({ underTvangsavviklingEllerTvangsopplosning: true })).toBe('winding-up')
    expect(status({ konkurs: true, slettedato: '2024-01-31' })).toBe('deleted')
  })

  it('counts "no employees registered" as 0 and an unreported count as unknown', () => {
    const none = mapEnhet(enhet({ antallAnsatte: undefined, harRegistrertAntallAnsatte: false }))
    const unknown = mapEnhet(enhet({ antallAnsatte: undefined }))
    expect(none.ok && none.fields.employees).toBe(0)
    expect(unknown.ok && unknown.fields.employees).toBeNull()
  })

  it('gives the reason a record cannot be used', () => {
    const reason = (value: unknown) => {
      const r = mapEnhet(value)
      return r.ok ? 'ok' : r.reason
    }
    expect(reason('text')).toBe('is not a JSON object')
    expect(reason(enhet({ organisasjonsnummer: undefined }))).toBe('has no organisasjonsnummer')
    expect(reason(enhet({ organisasjonsnummer: '97476067' }))).toBe(
      'organisasjonsnummer "97476067" is not 9 digits',
    )
    expect(reason(enhet({ organisasjonsnummer: '974760674' }))).toBe(
      'organisasjonsnummer "974760674" has a wrong check digit',
    )
    expect(reason(enhet({ navn: ' ' }))).toBe('974760673 has no navn')
    expect(reason(enhet({ antallAnsatte: 'mange' }))).toBe(
      'antallAnsatte "mange" is not a whole number of employees',
    )
    expect(reason(enhet({ stiftelsesdato: '2023-02-30' }))).toBe(
      'stiftelsesdato "2023-02-30" is not a date (YYYY-MM-DD)',
    )
    expect(reason(enhet({ konkurs: 'N' }))).toBe('konkurs is "N", not true or false')
    expect(reason(enhet({ forretningsadresse: { adresse: 'Havnegata 48' } }))).toBe(
      'forretningsadresse.adresse is not a list of address lines',
    )
  })

  it('finds the municipality in the business address, else the postal address', () => {
    expect(municipalityNumberOf(enhet())).toBe('1813')
    expect(municipalityNumberOf({ postadresse: { kommunenummer: '4036' } })).toBe('4036')
    expect(
      municipalityNumberOf({
        forretningsadresse: { kommunenummer: '0301' },
        postadresse: { kommunenummer: '4036' },
      }),
    ).toBe('0301')
    expect(municipalityNumberOf(null)).toBeUndefined()
  })
})
