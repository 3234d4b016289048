/** Prints the milliseconds from a cold process to a ready Local API (run by bench/cms.ts). */
export {}

const t0 = performance.now()
const { getCms } = await import('../cms/getCms')
await getCms()
console.log(performance.now() - t0)
process.exit(0)
