/**
 * The register import: Enhetsregisteret files -> the municipality's businesses and
 * establishments in the CMS.
 *
 * Guarantees:
 *  - Reads the files as streams; keeps only the municipality's records (hundreds) in memory.
 *  - Writes nothing until every file has been read: a file in the wrong format, or one cut
 *    short, stops with a message and leaves the database as it was.
 *  - Upserts by organisation number, register fields only; the office's fields stay.
 *  - Flags instead of deleting. "Gone from the register" only from a file recognised as a
 *    complete national download (or declared one with `completeRegister`), and only for
 *    businesses that came from the register. A run that would flag more than `maxFlagShare` of
 *    the municipality's register businesses stops before writing unless `confirm` is given.
 *  - Reading the same files twice changes nothing the second time.
 *  - A malformed record is reported with its position and reason and skipped.
 */
import fs from 'node:fs'
import type { Payload } from 'payload'

import { env } from '../env'
import { requestSiteBuild } from '../siteBuilds/request'
import { analyzeDatabase } from '../migrate'
import { applyBatch, type ApplyTally } from './applyBatch'
import type { UnitKind } from './enhet'
import { isMunicipalityNumber, type Municipality, municipalityFor } from './municipalities'
import { type EnhetsregisteretFormat, readEnheter, type SearchPageInfo } from './readEnheter'
import { type ImportProblem, RegisterBatch } from './registerBatch'
import { loadAllBusinesses } from './upsert'

export type { ImportProblem } from './registerBatch'

export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportUsageError'
  }
}

/**
 * A bulk file with fewer records than this is not the national download (about 1.2 million
 * enheter, and more underenheter), whatever its shape: it cannot prove a business is gone.
 */
export const MIN_COMPLETE_RECORDS = 500_000

export type ImportProgress =
  | {
      phase: 'reading'
      read: number
      inMunicipality: number
      bytesRead: number
      totalBytes: number
    }
  | { phase: 'writing'; done: number; total: number }

export interface ImportOptions {
  /** One file, or `files` for several (enheter and underenheter downloads in one run). */
  file?: string
  files?: string[]
  /** Municipality number; defaults to the one in site settings. Old numbers of it are accepted. */
  kommune?: string
  /** Treat every bulk file as the complete register even below MIN_COMPLETE_RECORDS. */
  completeRegister?: boolean
  /** Go ahead although the run flags more than `maxFlagShare` of the municipality. */
  confirm?: boolean
  maxFlagShare?: number
  minCompleteRecords?: number
  onProgress?: (progress: ImportProgress) => void
  /** How many records between two reading-progress reports. */
  progressEvery?: number
}

export interface FileRead {
  file: string
  format: EnhetsregisteretFormat
  kind: UnitKind
  records: number
  /** Recognised (or declared) as a complete national download: may prove a business gone. */
  complete: boolean
  page?: SearchPageInfo
}

export interface ImportSummary extends ApplyTally {
  /** The first file, its format and page (one-file runs: what was read). */
  file: string
  format: EnhetsregisteretFormat
  files: FileRead[]
  municipality: string
  read: number
  inMunicipality: number
  skipped: number
  problems: ImportProblem[]
  page?: SearchPageInfo
  durationMs: number
}

async function resolveMunicipality(payload: Payload, kommune?: string): Promise<Municipality> {
  const number =
    kommune ?? (await payload.findGlobal({ slug: 'site-settings', depth: 0 })).municipalityNumber
  if (!number) {
    throw new ImportUsageError(
      'No municipality number: pass --kommune 4036 or set it in the admin under Site settings',
    )
  }
  if (!isMunicipalityNumber(number)) {
    throw new ImportUsageError(
      `Municipality number "${number}" must be 4 digits, e.g. 4036 for Vinje`,
    )
  }
  return municipalityFor(number)
}

class KindFound extends Error {
  constructor(readonly kind: UnitKind) {
    super('kind found')
  }
}

/** Reads up to the first record that tells its kind, so establishments are read first. */
async function peekKind(file: string): Promise<UnitKind | undefined> {
  try {
    const result = await readEnheter(file, {
      wants: (peek) => {
        if (peek.kind) throw new KindFound(peek.kind)
        return false
      },
      onRecord: () => {},
    })
    return result.kind
  } catch (err) {
    if (err instanceof KindFound) return err.kind
    return undefined // the real read reports what is wrong with the file
  }
}

/** Which kinds the run may infer "gone" for, and why not for the rest (for the summary). */
function isComplete(read: Omit<FileRead, 'complete'>, options: ImportOptions) {
  if (read.format !== 'bulk') return false
  return (
    options.completeRegister === true ||
    read.records >= (options.minCompleteRecords ?? MIN_COMPLETE_RECORDS)
  )
}

export async function importBusinesses(
  payload: Payload,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now()
  const { onProgress } = options
  const every = options.progressEvery ?? 10_000
  const municipality = await resolveMunicipality(payload, options.kommune)
  const given = options.files ?? (options.file ? [options.file] : [])
  if (!given.length) throw new ImportUsageError('No file given: pass --file <path>')
  for (const file of given)
    if (!fs.existsSync(file)) throw new ImportUsageError(`File not found: ${file}`)

  // Establishments first: reading them tells which parents' names to keep from the enheter file.
  const kinds = await Promise.all(given.map(peekKind))
  const files = given
    .map((file, i) => ({ file, kind: kinds[i] }))
    .sort((a, b) => Number(a.kind !== 'underenhet') - Number(b.kind !== 'underenhet'))
    .map((f) => f.file)
  const batch = new RegisterBatch(municipality, await loadAllBusinesses(payload))
  const reads: FileRead[] = []
  let readBefore = 0
  for (const file of files) {
    const totalBytes = fs.statSync(file).size
    let bytesRead = 0
    const result = await readEnheter(file, {
      onBytes: (b) => (bytesRead = b),
      progressEvery: every,
      onProgress: (records) =>
        onProgress?.({
          phase: 'reading',
          read: readBefore + records,
          inMunicipality: batch.inMunicipality,
          bytesRead,
          totalBytes,
        }),
      wants: batch.wants,
      onRecord: batch.add,
    })
    readBefore += result.records
    onProgress?.({
      phase: 'reading',
      read: readBefore,
      inMunicipality: batch.inMunicipality,
      bytesRead: totalBytes,
      totalBytes,
    })
    const read = {
      file,
      format: result.format,
      kind: result.kind,
      records: result.records,
      page: result.page,
    }
    reads.push({ ...read, complete: isComplete(read, options) })
  }

  const completeKinds = [...new Set(reads.filter((r) => r.complete).map((r) => r.kind))]
  const tally = await applyBatch(payload, batch, {
    completeKinds,
    confirm: options.confirm,
    maxFlagShare: options.maxFlagShare,
    onWriting: (done, total) => {
      if (onProgress && (done % 50 === 0 || done === total))
        onProgress({ phase: 'writing', done, total })
    },
  })

  const changed = tally.created + tally.updated + tally.goneFromRegister + tally.linked
  // The site's directory and knowledge-base page are built from these fields.
  if (changed) {
    await analyzeDatabase(payload, env().databaseUrl)
    await requestSiteBuild(payload, `register import: ${changed} businesses changed`)
  }

  const first = reads.find((r) => r.file === given[0]) ?? reads[0]
  return {
    file: first.file,
    format: first.format,
    page: first.page,
    files: reads,
    municipality: municipality.current,
    read: readBefore,
    inMunicipality: batch.inMunicipality,
    ...tally,
    skipped: batch.problems.length,
    problems: batch.problems,
    durationMs: performance.now() - started,
  }
}
