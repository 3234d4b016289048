/** `npm run import:businesses -- --file <path> [--kommune 4036]` */
import { parseArgs } from 'node:util'

import { ImportUsageError } from './importBusinesses'

export const USAGE = 'Usage: npm run import:businesses -- --file <enheter_alle.json.gz or a saved search page .json> [--kommune 4036]'

export interface ImportArgs {
  file: string
  kommune?: string
  help: boolean
}

export function parseImportArgs(argv: string[]): ImportArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { file: { type: 'string', short: 'f' }, kommune: { type: 'string', short: 'k' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }))
  } catch (err) {
    throw new ImportUsageError(`${(err as Error).message}\n${USAGE}`)
  }
  if (values.help) return { file: '', help: true }
  if (!values.file) throw new ImportUsageError(`--file is missing.\n${USAGE}`)
  return { file: values.file, kommune: values.kommune, help: false }
}
