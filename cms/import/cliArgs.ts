/**
 * `npm run import:businesses -- --file <path> [--file <path>] [--kommune 4036]
 *  [--complete-register] [--confirm] [--max-flag-share 0.2]`
 * `npm run import:businesses -- --updates [--since 2026-11-30]`
 * `npm run import:businesses -- --orgnr 974760673`
 */
import { parseArgs } from 'node:util'

import { ImportUsageError } from './importBusinesses'

export const USAGE = [
  'Usage: npm run import:businesses -- --file <enheter_alle.json.gz, underenheter_alle.json.gz,',
  '         a saved search page or record .json> [--file <another>] [--kommune 4036]',
  '         [--complete-register] [--confirm] [--max-flag-share 0.2]',
  '       npm run import:businesses -- --updates [--since 2026-11-30] [--confirm]',
  '       npm run import:businesses -- --orgnr 974760673',
].join('\n')

export interface ImportArgs {
  /** Kept for one-file callers: the first of `files`. */
  file: string
  files: string[]
  kommune?: string
  completeRegister: boolean
  confirm: boolean
  maxFlagShare?: number
  updates: boolean
  since?: string
  orgNumber?: string
  help: boolean
}

export function parseImportArgs(argv: string[]): ImportArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        file: { type: 'string', short: 'f', multiple: true },
        kommune: { type: 'string', short: 'k' },
        'complete-register': { type: 'boolean' },
        confirm: { type: 'boolean' },
        'max-flag-share': { type: 'string' },
        updates: { type: 'boolean' },
        since: { type: 'string' },
        orgnr: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }))
  } catch (err) {
    throw new ImportUsageError(`${(err as Error).message}\n${USAGE}`)
  }
  const files = values.file ?? []
  const share = values['max-flag-share']
  const maxFlagShare = share === undefined ? undefined : Number(share)
  if (maxFlagShare !== undefined && !(maxFlagShare >= 0 && maxFlagShare <= 1)) {
    throw new ImportUsageError(
      `--max-flag-share is "${share}": use a share from 0 to 1, e.g. 0.2\n${USAGE}`,
    )
  }
  if (values.since !== undefined && Number.isNaN(Date.parse(values.since))) {
    throw new ImportUsageError(`--since is "${values.since}": use a date like 2026-11-30\n${USAGE}`)
  }
  const base = {
    file: files[0] ?? '',
    files,
    kommune: values.kommune,
    completeRegister: values['complete-register'] ?? false,
    confirm: values.confirm ?? false,
    maxFlagShare,
    updates: values.updates ?? false,
    since: values.since,
    orgNumber: values.orgnr,
    help: false,
  }
  if (values.help) return { ...base, help: true }
  if (!files.length && !base.updates && !base.orgNumber)
    throw new ImportUsageError(`--file is missing.\n${USAGE}`)
  return base
}
