import type { SeedTally } from '../../cms/seed/ensure'

export function printTally(tally: SeedTally) {
  console.table(
    Object.fromEntries(
      Object.entries(tally).map(([k, v]) => [
        k,
        { created: v.created, 'already there': v.existing },
      ]),
    ),
  )
}
