import { describe, expect, it } from 'vitest'

import { fromOsloWallClock, osloOffsetMinutes, osloParts } from './oslo'

describe('Oslo time', () => {
  it('knows winter (CET) and summer (CEST)', () => {
    expect(osloOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60)
    expect(osloOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120)
  })

  it('turns Oslo wall-clock times into the right UTC instant on both sides of a switch', () => {
    // Summer time starts 29 March 2026 at 02:00 local.
    expect(fromOsloWallClock(2026, 3, 28, 9, 0).toISOString()).toBe('2026-03-28T08:00:00.000Z')
    expect(fromOsloWallClock(2026, 3, 30, 9, 0).toISOString()).toBe('2026-03-30T07:00:00.000Z')
    // Winter time returns 25 October 2026.
    expect(fromOsloWallClock(2026, 10, 26, 18, 30).toISOString()).toBe('2026-10-26T17:30:00.000Z')
  })

  it('round-trips through osloParts', () => {
    const p = osloParts(fromOsloWallClock(2026, 12, 24, 23, 45))
    expect([p.year, p.month, p.day, p.hour, p.minute]).toEqual([2026, 12, 24, 23, 45])
  })
})
