/**
 * Municipality numbers change with reforms, and the register keeps no history: a saved search
 * page from 2022 says 3825 for a business the 2025 bulk file puts in 4036. Each group lists a
 * municipality's current number first, then the numbers it had before.
 */
const MUNICIPALITY_GROUPS: readonly (readonly string[])[] = [
  // Vinje: 0834 until 2019 (Telemark), 3825 in 2020–2023 (Vestfold og Telemark), 4036 since 2024.
  ['4036', '3825', '0834'],
]

export interface Municipality {
  /** The number as it is today: stored on every imported business. */
  current: string
  /** Every number that means this municipality, the current one included. */
  numbers: ReadonlySet<string>
}

export function municipalityFor(number: string): Municipality {
  const group = MUNICIPALITY_GROUPS.find((g) => g.includes(number))
  return group
    ? { current: group[0], numbers: new Set(group) }
    : { current: number, numbers: new Set([number]) }
}

export const isMunicipalityNumber = (value: string) => /^\d{4}$/.test(value)
