/** One register import in a fresh process (run by bench/import.ts): prints its figures as JSON. */
import { getCms } from '../cms/getCms'
import { importBusinesses } from '../cms/import/importBusinesses'

const [file, kommune] = process.argv.slice(2)
const t0 = performance.now()
const payload = await getCms()
const ready = performance.now()
const summary = await importBusinesses(payload, { file, kommune })
const done = performance.now()
const { problems: _, ...counts } = summary
console.log(JSON.stringify({ startMs: ready - t0, importMs: done - ready, maxRssKb: process.resourceUsage().maxRSS, counts }))
process.exit(0)
