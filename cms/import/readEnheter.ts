/**
 * Streams the records out of an Enhetsregisteret file, whichever of the real formats it is:
 *  - a bulk download (`/enhetsregisteret/api/enheter/lastned` or `/underenheter/lastned`): a JSON
 *    array of every enhet (about 1.2 million) or underenhet in the country, gzipped;
 *  - a saved API search page (`/enhetsregisteret/api/enheter?…` or `/underenheter?…`): a HAL
 *    object with the records in `_embedded.enheter` or `_embedded.underenheter` and `page`;
 *  - a saved single look-up (`/enhetsregisteret/api/enheter/{orgnr}`): one record.
 * Whether records are enheter or underenheter is told from each record (organisation form BEDR
 * or AAFY, a beliggenhetsadresse), never from the first alone; a file mixing both is refused.
 * stream-json turns the bytes into tokens; only one record is assembled at a time, so memory
 * stays the same whatever the file's size. Anything else stops with a FileFormatError that
 * names the accepted formats.
 */
import fs from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import Assembler from 'stream-json/assembler.js'
import type { Token } from 'stream-json/parser.js'
import withParser from 'stream-json/utils/with-parser.js'

import { BulkArrayReader } from './bulkArray'
import { ESTABLISHMENT_FORMS, type RecordPosition, type UnitKind } from './enhet'
import { kindOf, municipalityNumberOf } from './mapEnhet'

export type EnhetsregisteretFormat = 'bulk' | 'search-page' | 'single'

export const ACCEPTED_FORMATS =
  'Accepted formats: the bulk download of all entities or all establishments (a gzipped JSON ' +
  'array, https://data.brreg.no/enhetsregisteret/api/enheter/lastned or /underenheter/lastned), ' +
  'a saved API search page (JSON with _embedded.enheter and page, or _embedded.underenheter and ' +
  'page, e.g. https://data.brreg.no/enhetsregisteret/api/enheter?kommunenummer=4036&size=1000), ' +
  'or a single record (https://data.brreg.no/enhetsregisteret/api/enheter/974760673).'

/** Single look-ups are small; anything this size or more is streamed as a list. */
const SINGLE_RECORD_MAX_BYTES = 1_000_000

/** The file is not one the importer understands, or is damaged. Nothing has been written. */
export class FileFormatError extends Error {
  constructor(file: string, reason: string, listFormats = true) {
    super(`${file}: ${reason}. ${listFormats ? `${ACCEPTED_FORMATS} ` : ''}Nothing was written.`)
    this.name = 'FileFormatError'
  }
}

export interface SearchPageInfo {
  number: number
  totalPages: number
  totalElements: number
}

export interface ReadResult {
  format: EnhetsregisteretFormat
  gzipped: boolean
  records: number
  /** enheter or underenheter: every record of a file is of one kind. */
  kind: UnitKind
  /** For a search page: which page of how many, so the summary can ask for the others. */
  page?: SearchPageInfo
}

/** The fields noted while a record streams past, before it is assembled. */
export interface RecordPeek {
  orgNumber?: string
  /**
   * The municipality number of the address that places the record (business address of an
   * enhet, location of an underenhet), or of the postal address when there is none.
   */
  kommunenummer?: string
  kind?: UnitKind
}

export interface ReadOptions {
  /** Which entities to assemble and hand over; all when left out. */
  wants?: (peek: RecordPeek) => boolean
  onRecord: (value: unknown, position: RecordPosition, kind: UnitKind | undefined) => void
  /** Called every `progressEvery` entities with the count so far. */
  onProgress?: (records: number) => void
  progressEvery?: number
  /** Bytes of the file (compressed, as on disk) read so far: drives the progress bar. */
  onBytes?: (bytesRead: number) => void
}

async function startsWithGzipMagic(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0)
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b
  } finally {
    await handle.close()
  }
}

interface Frame {
  isArray: boolean
  /** The key whose value comes next (objects only). */
  key: string | null
}

const startsContainer = (t: Token) => t.name === 'startObject' || t.name === 'startArray'

type AddressKey = 'forretningsadresse' | 'beliggenhetsadresse' | 'postadresse'
const isAddressKey = (key: string | null): key is AddressKey =>
  key === 'forretningsadresse' || key === 'beliggenhetsadresse' || key === 'postadresse'
const EMBEDDED_KINDS: Record<string, UnitKind> = { enheter: 'enhet', underenheter: 'underenhet' }

/**
 * Follows the file's outer structure token by token. Each entity's tokens are collected while two
 * fields are noted on the way (organisation number, municipality number); only an entity the
 * caller `wants` is then assembled into an object. Assembling all million would make a million
 * throw-away objects, most of the import's time and garbage.
 */
class EntityWalker {
  format: EnhetsregisteretFormat | null = null
  records = 0
  page: unknown = undefined
  sawEnheter = false
  ended = false
  private readonly stack: Frame[] = []
  private readonly asm = new Assembler()
  private assemblingPage = false
  // The entity being scanned.
  private tokens: Token[] | null = null
  private depth = 0
  private key1: string | null = null
  private key2: string | null = null
  private inAddress: AddressKey | null = null
  private peek: RecordPeek = {}
  private form: string | undefined
  private addresses: Partial<Record<AddressKey, string | null>> = {}
  /** From the search page's `_embedded` key; counted per record in a bulk array. */
  pageKind: UnitKind | undefined
  readonly kinds = { enhet: 0, underenhet: 0 }

  constructor(
    private readonly file: string,
    private readonly options: ReadOptions,
  ) {}

  take = (token: Token): undefined => {
    if (this.tokens) return this.scan(token)
    if (this.assemblingPage) {
      this.asm.consume(token)
      if (this.asm.done) {
        this.page = this.asm.current
        this.assemblingPage = false
      }
      return
    }
    if (token.name === 'keyValue') {
      this.stack[this.stack.length - 1].key = token.value
      return
    }
    if (token.name === 'endObject' || token.name === 'endArray') {
      this.stack.pop()
      if (!this.stack.length) this.ended = true
      return
    }
    this.startValue(token)
  }

  private scan(token: Token): undefined {
    this.tokens!.push(token)
    switch (token.name) {
      case 'startObject':
      case 'startArray':
        this.depth++
        if (this.depth === 2 && token.name === 'startObject' && isAddressKey(this.key1)) {
          this.inAddress = this.key1
          this.addresses[this.key1] ??= null
        }
        return
      case 'endObject':
      case 'endArray':
        this.depth--
        if (this.depth === 1) this.inAddress = null
        if (this.depth === 0) this.finishRecord()
        return
      case 'keyValue':
        if (this.depth === 1) this.key1 = token.value
        else if (this.depth === 2) this.key2 = token.value
        return
      case 'stringValue':
        if (this.depth === 1 && this.key1 === 'organisasjonsnummer')
          this.peek.orgNumber = token.value
        else if (this.depth === 2 && this.inAddress && this.key2 === 'kommunenummer') {
          this.addresses[this.inAddress] = token.value
        } else if (this.depth === 2 && this.key1 === 'organisasjonsform' && this.key2 === 'kode') {
          this.form = token.value
        }
    }
    if (this.depth === 0) this.finishRecord() // the entity was a lone value, not an object
  }

  private startValue(token: Token) {
    if (this.stack.length === 0) {
      if (this.ended) throw this.formatError('more than one JSON value')
      if (token.name === 'startArray') this.format = 'bulk'
      else if (token.name === 'startObject') this.format = 'search-page'
      else throw this.formatError('a single JSON value, not a list of entities')
      this.stack.push({ isArray: token.name === 'startArray', key: null })
      return
    }
    const target = this.targetOf(token)
    if (target === 'record') {
      this.tokens = []
      this.depth = 0
      this.key1 = this.key2 = this.inAddress = null
      this.peek = {}
      this.form = undefined
      this.addresses = {}
      this.scan(token)
      return
    }
    if (target === 'page') {
      this.assemblingPage = true
      this.take(token)
      return
    }
    if (startsContainer(token)) this.stack.push({ isArray: token.name === 'startArray', key: null })
  }

  /** Decides from the path whether the value starting now is a record, the page info, or neither. */
  private targetOf(token: Token): 'record' | 'page' | null {
    const s = this.stack
    if (this.format === 'bulk') return s.length === 1 ? 'record' : null
    if (s.length === 1 && s[0].key === 'page') return 'page'
    if (s.length === 2 && s[0].key === '_embedded' && s[1].key) {
      const kind = EMBEDDED_KINDS[s[1].key]
      if (!kind)
        throw this.formatError(`_embedded.${s[1].key} is not a list of enheter or underenheter`)
      if (token.name !== 'startArray') throw this.formatError(`_embedded.${s[1].key} is not a list`)
      this.pageKind = kind
      this.sawEnheter = true
      return null
    }
    return s.length === 3 && s[0].key === '_embedded' && this.pageKind ? 'record' : null
  }

  /** The record's own kind: its organisation form, else which address it has. */
  private recordKind(): UnitKind | undefined {
    if (this.pageKind) return this.pageKind
    if (this.form) return ESTABLISHMENT_FORMS.has(this.form) ? 'underenhet' : 'enhet'
    if ('beliggenhetsadresse' in this.addresses) return 'underenhet'
    if ('forretningsadresse' in this.addresses) return 'enhet'
    return undefined
  }

  private placingKommune(kind: UnitKind | undefined): string | undefined {
    const a = this.addresses
    const main = kind === 'underenhet' ? 'beliggenhetsadresse' : 'forretningsadresse'
    // Same rule as municipalityNumberOf: the placing address if there is one, else the postal one.
    if (main in a) return a[main] ?? undefined
    if (!kind && 'beliggenhetsadresse' in a) return a.beliggenhetsadresse ?? undefined
    return a.postadresse ?? undefined
  }

  private finishRecord() {
    const tokens = this.tokens!
    this.tokens = null
    this.records++
    const index = this.records
    const kind = this.recordKind()
    if (kind && !this.pageKind) this.countKind(kind)
    this.peek.kind = kind
    this.peek.kommunenummer = this.placingKommune(kind)
    const { wants, onRecord, onProgress, progressEvery = 10_000 } = this.options
    const wanted = !wants || wants(this.peek)
    if (wanted || index === 1) {
      for (const t of tokens) this.asm.consume(t)
      const value = this.asm.current
      if (index === 1) this.checkFirstRecord(value)
      const list = this.pageKind === 'underenhet' ? 'underenheter' : 'enheter'
      const path = this.format === 'bulk' ? `[${index - 1}]` : `_embedded.${list}[${index - 1}]`
      if (wanted) onRecord(value, { index, path }, kind)
    }
    if (onProgress && index % progressEvery === 0) onProgress(index)
  }

  /** A download is of enheter or of underenheter: a record of the other kind means another file. */
  private countKind(kind: UnitKind) {
    this.kinds[kind]++
    const other = kind === 'enhet' ? 'underenhet' : 'enhet'
    if (this.kinds[other]) {
      throw this.formatError(
        `it mixes entities (enheter) and establishments (underenheter): record ${this.records} ` +
          `is an ${kind} after ${this.kinds[other].toLocaleString('en')} ${other}er`,
      )
    }
  }

  get kind(): UnitKind {
    return this.pageKind ?? (this.kinds.underenhet > this.kinds.enhet ? 'underenhet' : 'enhet')
  }

  /** The first element tells a download of register records from any other JSON array. */
  private checkFirstRecord(value: unknown) {
    if (this.format !== 'bulk') return
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
    if (!isObject || !('organisasjonsnummer' in value)) {
      throw this.formatError(
        'the first element of the array is not an entity or establishment with an organisasjonsnummer',
      )
    }
  }

  formatError(reason: string) {
    return new FileFormatError(this.file, `not an Enhetsregisteret file: ${reason}`)
  }
}

function asPageInfo(page: unknown): SearchPageInfo | null {
  if (typeof page !== 'object' || page === null) return null
  const p = page as Record<string, unknown>
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null)
  const number = n(p.number)
  const totalPages = n(p.totalPages)
  const totalElements = n(p.totalElements)
  return number === null || totalPages === null || totalElements === null
    ? null
    : { number, totalPages, totalElements }
}

const isRecordObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'organisasjonsnummer' in v

/**
 * A saved single look-up (`/enheter/{orgnr}` or `/underenheter/{orgnr}`): one object. Its kind
 * comes from the record, or from its own link when the register left only the number (removed).
 */
function readSingleRecord(file: string, options: ReadOptions): ReadResult | null {
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null // not JSON, or broken: the streaming reader says which
  }
  if (!isRecordObject(value)) return null
  const self = (value._links as { self?: { href?: unknown } } | undefined)?.self?.href
  const fromLink =
    typeof self === 'string' && self.includes('/underenheter/') ? 'underenhet' : 'enhet'
  const kind = kindOf(value) ?? fromLink
  const peek = {
    orgNumber: String(value.organisasjonsnummer),
    kind,
    kommunenummer: municipalityNumberOf(value, kind),
  }
  const wanted = !options.wants || options.wants(peek)
  if (wanted) options.onRecord(value, { index: 1, path: '(the record)' }, kind)
  return { format: 'single', gzipped: false, records: 1, kind }
}

export async function readEnheter(file: string, options: ReadOptions): Promise<ReadResult> {
  if (!fs.existsSync(file)) throw new FileFormatError(file, 'no such file', false)
  const gzipped = await startsWithGzipMagic(file)
  const walker = new EntityWalker(file, options)
  const size = fs.statSync(file).size
  if (size === 0) throw walker.formatError('the file is empty')
  if (!gzipped && size < SINGLE_RECORD_MAX_BYTES) {
    const single = readSingleRecord(file, options)
    if (single) return single
  }
  if ((await firstSignificantByte(file, gzipped)) === 0x5b) {
    return readBulkArray(file, gzipped, options, (reason) => walker.formatError(reason))
  }
  const source = fs.createReadStream(file, { highWaterMark: 256 * 1024 })
  let bytesRead = 0
  if (options.onBytes) {
    source.on('data', (chunk) => {
      bytesRead += chunk.length
      options.onBytes!(bytesRead)
    })
  }
  // Packed values only: the importer never needs a string before it is whole. The default 16 KB
  // chunks keep fewer tokens alive at once than larger ones (measured: less heap promoted, less RSS).
  // A plain function is a valid stage; stream-chain's type wants its flushable brand.
  const stage = (() => walker.take) as unknown as Parameters<typeof withParser.asStream>[0]
  const tokens = withParser.asStream(stage, { streamValues: false, packValues: true })
  tokens.resume()
  try {
    if (gzipped) await pipeline(source, zlib.createGunzip(), tokens)
    else await pipeline(source, tokens)
  } catch (err) {
    if (err instanceof FileFormatError) throw err
    throw describeReadError(file, err as Error, walker, gzipped)
  }

  if (!walker.format) throw walker.formatError('the file is empty')
  if (walker.format === 'bulk' && walker.records === 0)
    throw walker.formatError('the array holds no entities')
  let page: SearchPageInfo | undefined
  if (walker.format === 'search-page') {
    page = asPageInfo(walker.page) ?? undefined
    if (!page)
      throw walker.formatError(
        'a JSON object without the search page’s "page" (size, totalElements, totalPages, number)',
      )
    if (!walker.sawEnheter && page.totalElements > 0) {
      throw walker.formatError('a JSON object without _embedded.enheter or _embedded.underenheter')
    }
  }
  return { format: walker.format, gzipped, records: walker.records, kind: walker.kind, page }
}

/** The file, unzipped when it is gzipped, with its bytes read reported to `onBytes`. */
function openFile(file: string, options: ReadOptions) {
  const source = fs.createReadStream(file, { highWaterMark: 256 * 1024 })
  let bytesRead = 0
  if (options.onBytes) {
    source.on('data', (chunk) => {
      bytesRead += chunk.length
      options.onBytes!(bytesRead)
    })
  }
  return source
}

/** The first byte that is not white space, or null (an empty or unreadable file). */
async function firstSignificantByte(file: string, gzipped: boolean): Promise<number | null> {
  const source = fs.createReadStream(file, { highWaterMark: 64 * 1024 })
  const stream = gzipped ? source.pipe(zlib.createGunzip()) : source
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const c of chunk) if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return c
    }
    return null
  } catch {
    return null // damaged: the streaming reader says how
  } finally {
    stream.destroy()
    source.destroy()
  }
}

/** A bulk download (a JSON array): scanned by BulkArrayReader, the fast path. */
async function readBulkArray(
  file: string,
  gzipped: boolean,
  options: ReadOptions,
  formatError: (reason: string) => FileFormatError,
): Promise<ReadResult> {
  const reader = new BulkArrayReader(options, formatError)
  const consume = async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) reader.push(chunk)
    reader.end()
  }
  const source = openFile(file, options)
  try {
    // Large unzipped pieces: fewer records cut in two at a piece's end.
    if (gzipped) await pipeline(source, zlib.createGunzip({ chunkSize: 256 * 1024 }), consume)
    else await pipeline(source, consume)
  } catch (err) {
    if (err instanceof FileFormatError) throw err
    throw describeReadError(
      file,
      err as Error,
      { format: 'bulk', records: reader.records },
      gzipped,
    )
  }
  if (reader.records === 0) throw formatError('the array holds no entities')
  return { format: 'bulk', gzipped, records: reader.records, kind: reader.kind }
}

/** A parse error before the first entity means "not JSON at all"; later it means a damaged file. */
function describeReadError(
  file: string,
  err: Error,
  walker: { format: EnhetsregisteretFormat | null; records: number },
  gzipped: boolean,
): Error {
  const code = (err as NodeJS.ErrnoException).code
  if (gzipped && typeof code === 'string' && code.startsWith('Z_')) {
    return new FileFormatError(
      file,
      `the gzip data is damaged or cut short (${err.message}); download the file again`,
      false,
    )
  }
  if (!/^Parser /.test(err.message)) return err
  if (!walker.format)
    return new FileFormatError(
      file,
      `not an Enhetsregisteret file: it is not JSON (${err.message.replace(/^Parser (cannot parse input: )?/, '')})`,
    )
  return new FileFormatError(
    file,
    `the JSON is broken after entity ${walker.records.toLocaleString('en')} (${err.message.replace(/^Parser (cannot parse input: )?/, '')}); the file may be cut short, download it again`,
    false,
  )
}
