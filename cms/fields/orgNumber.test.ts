import { describe, expect, it } from 'vitest'

import { isValidOrgNumber, orgNumberProblem, withCheckDigit } from './orgNumber'

describe('organisation numbers (modulus 11)', () => {
  it('accepts numbers with the right check digit', () => {
    // 974760673 is Brønnøysundregistrene's own number, published in the register.
    expect(isValidOrgNumber('974760673')).toBe(true)
    expect(isValidOrgNumber('974 760 673')).toBe(true)
  })

  it('rejects a wrong check digit and says so', () => {
    expect(orgNumberProblem('974760674')).toBe('check-digit')
  })

  it('rejects anything that is not 9 digits', () => {
    expect(orgNumberProblem('97476067')).toBe('format')
    expect(orgNumberProblem('9747606733')).toBe('format')
    expect(orgNumberProblem('97476067A')).toBe('format')
  })

  it('knows that some 8-digit stems have no valid check digit', () => {
    // A remainder of 1 would need check digit 10: no number starts with such a stem.
    const stems = Array.from({ length: 200 }, (_, i) => String(92000000 + i))
    const invalid = stems.filter((s) => withCheckDigit(s) === null)
    expect(invalid.length).toBeGreaterThan(0)
    for (const s of stems) {
      const n = withCheckDigit(s)
      if (n) expect(isValidOrgNumber(n)).toBe(true)
    }
  })
})
