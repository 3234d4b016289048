/** Small helpers shared by the benchmark scripts: percentiles and a printed table. */
export function percentile(sortedMs: number[], p: number): number {
  const i = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)
  return sortedMs[Math.max(0, i)]
}

export function printTable(title: string, rows: Record<string, string | number>[]) {
  console.log(`\n${title}`)
  console.table(rows)
}

export const ms = (n: number) => `${n.toFixed(1)} ms`
export const s = (n: number) => `${(n / 1000).toFixed(2)} s`
