/**
 * Norwegian organisation numbers (Enhetsregisteret): 9 digits, the last a modulus-11 check digit
 * with weights 3 2 7 6 5 4 3 2. A remainder that gives check digit 10 means the number is invalid.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2]

export function orgNumberCheckDigit(first8: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first8[i]), 0)
  const rest = sum % 11
  if (rest === 0) return 0
  const digit = 11 - rest
  return digit === 10 ? null : digit
}

export function normaliseOrgNumber(input: string): string {
  return input.replace(/[\s.]/g, '')
}

export type OrgNumberProblem = 'format' | 'check-digit'

export function orgNumberProblem(input: string): OrgNumberProblem | null {
  const n = normaliseOrgNumber(input)
  if (!/^\d{9}$/.test(n)) return 'format'
  return orgNumberCheckDigit(n.slice(0, 8)) === Number(n[8]) ? null : 'check-digit'
}

export const isValidOrgNumber = (input: string): boolean => orgNumberProblem(input) === null

/** Makes a valid number from 8 digits: used by the seed and by generated test data. */
export function withCheckDigit(first8: string): string | null {
  const d = orgNumberCheckDigit(first8)
  return d === null ? null : `${first8}${d}`
}
