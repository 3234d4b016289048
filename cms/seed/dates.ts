import { osloDaysFromNow } from '../../common/oslo'

/** Seed dates are relative to the day it runs, so the demo always has upcoming events. */
export const at = (days: number, time = '09:00') => osloDaysFromNow(days, time).toISOString()
export const hoursAfter = (iso: string, hours: number) =>
  new Date(new Date(iso).getTime() + hours * 3600_000).toISOString()
export const dayOnly = (days: number) => osloDaysFromNow(days, '12:00').toISOString()
