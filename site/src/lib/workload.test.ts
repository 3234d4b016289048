import { describe, expect, it } from 'vitest'

import { isoDuration, totalHours, workloadText } from './workload'

describe('a course’s workload', () => {
  it('is written as an ISO 8601 duration of whole minutes', () => {
    expect(isoDuration(15)).toBe('PT15H')
    expect(isoDuration(1.5)).toBe('PT1H30M')
    expect(isoDuration(0.5)).toBe('PT30M')
  })

  it('counts hours a week over the weeks, and reads in words in both languages', () => {
    const weekly = { hours: 1.5, per: 'week' as const, weeks: 3 }
    expect(totalHours(weekly)).toBe(4.5)
    expect(workloadText(weekly, 'nn')).toBe('1,5 timar i veka i 3 veker')
    expect(workloadText(weekly, 'en')).toBe('1.5 hours a week for 3 weeks')
    expect(workloadText({ hours: 1, per: 'total' }, 'nn')).toBe('1 time totalt')
  })

  it('is nothing when the editor gave none, or a weekly one without weeks', () => {
    expect(totalHours(null)).toBeNull()
    expect(totalHours({ hours: 3, per: 'week' })).toBeNull()
    expect(workloadText({ hours: null }, 'en')).toBeNull()
  })
})
