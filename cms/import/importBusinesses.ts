/**
 * The register import: Enhetsregisteret file -> the municipality's businesses in the CMS.
 *
 * Guarantees:
 *  - Reads the file as a stream; keeps only the municipality's entities (hundreds) in memory.
 *  - Writes nothing until the whole file has been read: a file in the wrong format, or one cut
 *    short, stops with a message and leaves the database as it was.
 *  - Upserts by organisation number, register fields only; the office's fields stay.
 *  - Flags instead of deleting: bankrupt, being wound up, deleted (slettedato), or gone from a
 *    full bulk file. Reading the same file twice changes nothing the second time.
 *  - A malformed entity is reported with its position and reason and skipped.
 */
import fs from 'node:fs'
import type { Payload } from 'payload'

import { env } from '../env'
import { requestSiteBuild } from '../jobs/siteBuild/request'
import { analyzeDatabase } from '../migrate'
import type { RecordPosition } from './enhet'
import { mapEnhet, municipalityNumberOf, type RegisterFields } from './mapEnhet'
import { isMunicipalityNumber, type Municipality, municipalityFor } from './municipalities'
import { type EnhetsregisteretFormat, readEnheter, type SearchPageInfo } from './readEnheter'
import { createBusiness, loadStoredBusinesses, sameRegisterFields, type StoredBusiness, updateRegisterFields } from './upsert'

export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportUsageError'
  }
}

export interface ImportProblem {
  position: RecordPosition
  reason: string
}

export type ImportProgress =
  | { phase: 'reading'; read: number; inMunicipality: number; bytesRead: number; totalBytes: number }
  | { phase: 'writing'; done: number; total: number }

export interface ImportOptions {
  file: string
  /** Municipality number; defaults to the one in site settings. Old numbers of it are accepted. */
  kommune?: string
  onProgress?: (progress: ImportProgress) => void
  /** How many entities between two reading-progress reports. */
  progressEvery?: number
}

export interface ImportSummary {
  file: string
  format: EnhetsregisteretFormat
  municipality: string
  read: number
  inMunicipality: number
  created: number
  updated: number
  unchanged: number
  /** Newly marked bankrupt, being wound up or gone from the register in this run. */
  flagged: number
  skipped: number
  problems: ImportProblem[]
  page?: SearchPageInfo
  /** Businesses of the municipality missing from a full bulk file: marked as gone. */
  goneFromRegister: number
  durationMs: number
}

const FLAGGED_STATUSES = new Set(['bankrupt', 'winding-up', 'deleted'])

async function resolveMunicipality(payload: Payload, kommune?: string): Promise<Municipality> {
  const number = kommune ?? (await payload.findGlobal({ slug: 'site-settings', depth: 0 })).municipalityNumber
  if (!number) throw new ImportUsageError('No municipality number: pass --kommune 4036 or set it in the admin under Site settings')
  if (!isMunicipalityNumber(number)) throw new ImportUsageError(`Municipality number "${number}" must be 4 digits, e.g. 4036 for Vinje`)
  return municipalityFor(number)
}

interface Pending {
  fields: RegisterFields
  position: RecordPosition
}

export async function importBusinesses(payload: Payload, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now()
  const { file, onProgress } = options
  const every = options.progressEvery ?? 10_000
  const municipality = await resolveMunicipality(payload, options.kommune)
  if (!fs.existsSync(file)) throw new ImportUsageError(`File not found: ${file}`)
  const totalBytes = fs.statSync(file).size
  const stored = await loadStoredBusinesses(payload)

  const pending = new Map<string, Pending>()
  const seen = new Set<string>()
  const problems: ImportProblem[] = []
  let inMunicipality = 0
  let bytesRead = 0

  const result = await readEnheter(file, {
    onBytes: (b) => (bytesRead = b),
    progressEvery: every,
    onProgress: (records) => onProgress?.({ phase: 'reading', read: records, inMunicipality, bytesRead, totalBytes }),
    // Ours, or a business we already hold: one that has moved away is still in the register.
    wants: ({ kommunenummer, orgNumber }) =>
      (kommunenummer !== undefined && municipality.numbers.has(kommunenummer)) || (orgNumber !== undefined && stored.has(orgNumber)),
    onRecord: (value, position) => {
      const kommune = municipalityNumberOf(value)
      const orgNumber = (value as { organisasjonsnummer?: unknown } | null)?.organisasjonsnummer
      if (typeof orgNumber === 'string' && stored.has(orgNumber)) seen.add(orgNumber)
      if (kommune !== undefined && municipality.numbers.has(kommune)) inMunicipality++
      const mapped = mapEnhet(value)
      if (!mapped.ok) return void problems.push({ position, reason: mapped.reason })
      const earlier = pending.get(mapped.fields.orgNumber)
      if (earlier) return void problems.push({ position, reason: `${mapped.fields.orgNumber} appears again (first at ${earlier.position.path}); the first was kept` })
      pending.set(mapped.fields.orgNumber, { fields: mapped.fields, position })
    },
  })
  const read = result.records
  onProgress?.({ phase: 'reading', read, inMunicipality, bytesRead: totalBytes, totalBytes })

  const tally = { created: 0, updated: 0, unchanged: 0, flagged: 0, goneFromRegister: 0 }
  const gone = result.format === 'bulk' ? goneFromBulkFile(stored, seen, municipality) : []
  const total = pending.size + gone.length
  let done = 0
  const report = () => {
    done++
    if (onProgress && (done % 50 === 0 || done === total)) onProgress({ phase: 'writing', done, total })
  }

  for (const { fields, position } of pending.values()) {
    const before = stored.get(fields.orgNumber)
    try {
      if (before && sameRegisterFields(before, fields)) tally.unchanged++
      else if (before) {
        await updateRegisterFields(payload, before.id, fields)
        tally.updated++
      } else {
        await createBusiness(payload, fields)
        tally.created++
      }
      if (FLAGGED_STATUSES.has(fields.registerStatus) && before?.registerStatus !== fields.registerStatus) tally.flagged++
    } catch (err) {
      problems.push({ position, reason: `${fields.orgNumber} could not be saved: ${(err as Error).message}` })
    }
    report()
  }

  for (const business of gone) {
    await updateRegisterFields(payload, business.id, { registerStatus: 'deleted' })
    tally.flagged++
    tally.goneFromRegister++
    report()
  }

  const changed = tally.created + tally.updated + tally.goneFromRegister
  // The site's directory and knowledge-base page are built from these fields.
  if (changed) {
    await analyzeDatabase(payload, env().databaseUrl)
    await requestSiteBuild(payload, `register import: ${changed} businesses changed`)
  }

  return {
    file,
    format: result.format,
    municipality: municipality.current,
    read,
    inMunicipality,
    ...tally,
    skipped: problems.length,
    problems,
    page: result.page,
    durationMs: performance.now() - started,
  }
}

/**
 * The bulk download holds every entity in the country, so a business of this municipality that is
 * not in it has left the register. A search page holds only some entities and proves nothing.
 */
function goneFromBulkFile(stored: Map<string, StoredBusiness>, seen: Set<string>, municipality: Municipality): StoredBusiness[] {
  return [...stored.values()].filter(
    (b) => b.municipalityNumber && municipality.numbers.has(b.municipalityNumber) && !seen.has(b.orgNumber) && b.registerStatus !== 'deleted',
  )
}
