/** `npm run import:businesses -- --file <path> [--kommune 4036]`: Enhetsregisteret -> businesses. */
import { getCms } from '../cms/getCms'
import { parseImportArgs, USAGE } from '../cms/import/cliArgs'
import { ImportUsageError, importBusinesses } from '../cms/import/importBusinesses'
import { progressReporter } from '../cms/import/progress'
import { FileFormatError } from '../cms/import/readEnheter'
import { formatSummary } from '../cms/import/summary'

try {
  const args = parseImportArgs(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const payload = await getCms()
  const progress = progressReporter()
  const summary = await importBusinesses(payload, { file: args.file, kommune: args.kommune, onProgress: progress.onProgress })
  progress.finish()
  console.log(formatSummary(summary, { peakRssMb: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
} catch (err) {
  if (err instanceof ImportUsageError || err instanceof FileFormatError) {
    console.error(`\n${err.message}`)
    process.exit(2)
  }
  throw err
}
