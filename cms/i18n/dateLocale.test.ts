/** The admin's calendar speaks Nynorsk: weekday and month names as Vinje writes them. */
import { format } from 'date-fns'
import { nb } from 'date-fns/locale/nb'
import { describe, expect, it } from 'vitest'

import { nynorskDateLocale } from './dateLocale'

// Monday 30 November to Sunday 6 December 2026.
const week = Array.from({ length: 7 }, (_, i) => new Date(2026, 10, 30 + i, 12))
const months = Array.from({ length: 12 }, (_, m) => new Date(2026, m, 15, 12))

describe('the Nynorsk date locale', () => {
  it('names the weekdays in Nynorsk, in full and as the picker’s two-letter columns', () => {
    expect(week.map((d) => format(d, 'EEEE', { locale: nynorskDateLocale }))).toEqual([
      'måndag',
      'tysdag',
      'onsdag',
      'torsdag',
      'fredag',
      'laurdag',
      'sundag',
    ])
    // react-datepicker's column heads are date-fns's "EEEEEE".
    expect(week.map((d) => format(d, 'EEEEEE', { locale: nynorskDateLocale }))).toEqual([
      'må',
      'ty',
      'on',
      'to',
      'fr',
      'la',
      'su',
    ])
  })

  it('names the months, and starts the week on Monday', () => {
    expect(months.map((d) => format(d, 'LLLL', { locale: nynorskDateLocale }))).toEqual([
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ])
    expect(nynorskDateLocale.options?.weekStartsOn).toBe(1)
  })

  it('is what Payload gets for our language once the admin has loaded (it loads `nb`)', async () => {
    expect(format(week[1], 'EEEE', { locale: nb })).toBe('tirsdag')
    await import('../admin/nynorskDateFns')
    expect(format(week[1], 'EEEE', { locale: nb })).toBe('tysdag')
    expect(format(week[5], 'EEEEEE', { locale: nb })).toBe('la')
  })
})
