/** The scheduling drawer's picker reads and writes Oslo time, whatever the computer's zone. */
import { format, parse } from 'date-fns'
import { afterEach, describe, expect, it } from 'vitest'

import { fromPickerTime, SCHEDULE_DISPLAY_FORMAT, toPickerTime } from './osloPickerTime'

const machineZone = process.env.TZ
afterEach(() => {
  process.env.TZ = machineZone
})

// What the picker does with its value: date-fns formats it for the input and parses what is typed.
const shown = (instant: Date) => format(toPickerTime(instant), SCHEDULE_DISPLAY_FORMAT)
const typed = (text: string) => fromPickerTime(parse(text, SCHEDULE_DISPLAY_FORMAT, new Date()))

describe.each(['Europe/Oslo', 'America/New_York', 'Asia/Tokyo', 'UTC'])(
  'the scheduling picker on a computer in %s',
  (zone) => {
    it('shows a scheduled time as Oslo’s date and 24-hour clock', () => {
      process.env.TZ = zone
      expect(shown(new Date('2026-12-02T13:30:00.000Z'))).toBe('02.12.2026 14:30')
      expect(shown(new Date('2026-07-01T21:05:00.000Z'))).toBe('01.07.2026 23:05')
    })

    it('schedules exactly the Oslo time the editor picks, in winter and in summer', () => {
      process.env.TZ = zone
      expect(typed('02.12.2026 14:30').toISOString()).toBe('2026-12-02T13:30:00.000Z')
      expect(typed('01.07.2026 23:05').toISOString()).toBe('2026-07-01T21:05:00.000Z')
      // The day summer time ends in Oslo (25 October 2026): the afternoon is CET again.
      expect(typed('25.10.2026 14:30').toISOString()).toBe('2026-10-25T13:30:00.000Z')
    })
  },
)
