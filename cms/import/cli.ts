/**
 * `npm run import:businesses`: files (bulk downloads, search pages, single records), the update
 * feed (`--updates`), or one business by org number (`--orgnr`, in Nynorsk as the admin's "add by
 * org number" says it to staff). Exit 2 on a usage, format or safety-stop error, with the message
 * saying what to do.
 */
import type { Payload } from 'payload'

import { getCms } from '../getCms'
import {
  type AddedBusiness,
  AddFromRegisterError,
  addFromRegister,
  REGISTER_UNAVAILABLE,
} from './addFromRegister'
import { SafetyStopError } from './applyBatch'
import { type ImportArgs, parseImportArgs, USAGE } from './cliArgs'
import { ImportUsageError, importBusinesses } from './importBusinesses'
import { progressReporter } from './progress'
import { FileFormatError } from './readEnheter'
import { RegisterApiError } from './registerApi'
import { formatSummary } from './summary'
import { applyRegisterUpdates } from './updates/applyUpdates'
import { ensureRegisterUpdatesScheduled, queuedUpdate } from './updates/schedule'
import type { RegisterUpdateInput } from './updates/taskTypes'

const DAY_MS = 86_400_000

async function runFiles(payload: Payload, args: ImportArgs) {
  const progress = progressReporter()
  const summary = await importBusinesses(payload, {
    files: args.files,
    kommune: args.kommune,
    completeRegister: args.completeRegister,
    confirm: args.confirm,
    maxFlagShare: args.maxFlagShare,
    onProgress: progress.onProgress,
  })
  progress.finish()
  console.log(formatSummary(summary, { peakRssMb: process.resourceUsage().maxRSS / 1024 }))
  // The nightly download is at most a day old: the feed takes over from there.
  if (await ensureRegisterUpdatesScheduled(payload, new Date(Date.now() - DAY_MS))) {
    console.log('Daily updates from the register are scheduled (05:00 every morning).')
  }
}

/** The feed from where the scheduled job stands (or --since); the job then continues from here. */
async function runUpdates(payload: Payload, args: ImportArgs) {
  const job = await queuedUpdate(payload)
  const input = (job?.input ?? {}) as RegisterUpdateInput
  const since = args.since ? new Date(args.since).toISOString() : input.since
  const from = args.since ? {} : { enhet: input.enheterFrom, underenhet: input.underenheterFrom }
  const s = await applyRegisterUpdates(payload, {
    kommune: args.kommune,
    from,
    since,
    confirm: args.confirm,
  })
  const next = { enheterFrom: s.next.enhet, underenheterFrom: s.next.underenhet, since }
  if (job) await payload.update({ collection: 'payload-jobs', id: job.id, data: { input: next } })
  else await ensureRegisterUpdatesScheduled(payload, new Date(Date.now() - DAY_MS))
  console.log(
    `Update feed → municipality ${s.municipality}: ${s.changesRead} changes read, ${s.created} created, ` +
      `${s.updated} updated, ${s.unchanged} unchanged, ${s.flagged} flagged, ${s.problems.length} ` +
      `skipped; took ${(s.durationMs / 1000).toFixed(1)} s, peak memory ` +
      `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  )
}

/** "Lagt til: VINJE BYGG AS AVD RAULAND, underavdeling av VINJE BYGG AS (verksemd 12)." */
export function describeAdded(added: AddedBusiness): string {
  const parent = added.parentName ? `, underavdeling av ${added.parentName}` : ''
  return `${added.created ? 'Lagt til' : 'Oppdatert'}: ${added.name}${parent} (verksemd ${added.id}).`
}

/** What cannot be done, said as the admin says it; the register's technical detail to the log. */
class OrgNumberError extends Error {}

async function runAddByOrgNumber(payload: Payload, orgNumber: string) {
  try {
    console.log(describeAdded(await addFromRegister(payload, orgNumber)))
  } catch (err) {
    if (err instanceof AddFromRegisterError) throw new OrgNumberError(err.texts.nn)
    if (err instanceof RegisterApiError) {
      payload.logger.warn(`Add from the register: ${err.message}`)
      throw new OrgNumberError(REGISTER_UNAVAILABLE)
    }
    throw err
  }
}

export async function runImportCommand(argv: string[]): Promise<void> {
  try {
    const args = parseImportArgs(argv)
    if (args.help) {
      console.log(USAGE)
      process.exit(0)
    }
    const payload = await getCms()
    if (args.orgNumber) await runAddByOrgNumber(payload, args.orgNumber)
    else if (args.updates) await runUpdates(payload, args)
    else await runFiles(payload, args)
    process.exit(0)
  } catch (err) {
    const known = [
      ImportUsageError,
      FileFormatError,
      SafetyStopError,
      OrgNumberError,
      RegisterApiError,
    ]
    if (known.some((k) => err instanceof k)) {
      console.error(`\n${(err as Error).message}`)
      process.exit(2)
    }
    throw err
  }
}
