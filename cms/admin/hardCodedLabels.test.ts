/** The English labels Payload hard-codes in its editor and date picker, in Nynorsk. */
import { describe, expect, it } from 'vitest'

import { forbiddenIn } from '../../test/admin-language/words'
import { nynorskForHardCodedLabel } from './hardCodedLabels'

const DATE_PICKER = ['.react-datepicker']

describe('hard-coded editor and date-picker labels', () => {
  it.each([
    ['Add block', [], 'Legg til blokk'],
    ['Edit link', [], 'Rediger lenkja'],
    ['Remove link', [], 'Fjern lenkja'],
    ['Choose Date and Time', [], 'Vel dato og tid'],
    ['Previous Month', [], 'Førre månad'],
    ['Next Month', [], 'Neste månad'],
    ['Choose onsdag 2. desember 2026', DATE_PICKER, 'Vel onsdag 2. desember 2026'],
    [
      'Not available laurdag 5. desember 2026',
      DATE_PICKER,
      'Ikkje tilgjengeleg: laurdag 5. desember 2026',
    ],
    ['week 49', DATE_PICKER, 'veke 49'],
    ['Edit Reiseliv', ['.relationship--multi-value-label'], 'Rediger Reiseliv'],
  ])('"%s" (in %j) becomes "%s", which the language walk accepts', (english, within, nynorsk) => {
    expect(forbiddenIn(english)).not.toEqual([])
    expect(nynorskForHardCodedLabel(english, within)).toBe(nynorsk)
    expect(forbiddenIn(nynorsk)).toEqual([])
  })

  it('leaves every other label alone, and a document called "Choose …" outside the picker', () => {
    expect(nynorskForHardCodedLabel('Legg til rad')).toBeNull()
    expect(nynorskForHardCodedLabel('Vinje Bygg AS')).toBeNull()
    expect(nynorskForHardCodedLabel('Choose Vinje')).toBeNull()
    expect(nynorskForHardCodedLabel('Edit Reiseliv')).toBeNull()
  })
})
