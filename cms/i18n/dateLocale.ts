/**
 * The admin's calendar in Nynorsk: the date-fns locale Payload's date picker and relative times
 * ("for 3 minutt sidan") use for our `nn` language. date-fns ships Nynorsk (`nn`), but Payload
 * loads date-fns locales only from its own list, which has Bokmål (`nb`) and not Nynorsk; so our
 * language names `nb` (cms/i18n/nn.ts) and the admin's browser makes that locale speak Nynorsk
 * (cms/admin/nynorskDateFns.ts). The weekday columns are two letters, as in Norwegian calendars.
 */
import type { Day, Locale, LocalizeFn } from 'date-fns'
import { nn } from 'date-fns/locale/nn'

export const NYNORSK_WEEKDAYS = [
  'sundag',
  'måndag',
  'tysdag',
  'onsdag',
  'torsdag',
  'fredag',
  'laurdag',
] as const
export const NYNORSK_WEEKDAYS_SHORT = ['su', 'må', 'ty', 'on', 'to', 'fr', 'la'] as const
export const NYNORSK_MONTHS = [
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
] as const

// date-fns's Nynorsk has the same names; its short Saturday is "lau", three letters in a row of two.
const day: LocalizeFn<Day> = (weekday, options) =>
  options?.width === 'short' ? NYNORSK_WEEKDAYS_SHORT[weekday] : nn.localize.day(weekday, options)

export const nynorskDateLocale: Locale = {
  ...nn,
  localize: { ...nn.localize, day },
}
