/**
 * The fast path for the national downloads: a JSON array of about a million records, of which a
 * municipality wants a few hundred. Instead of turning every byte into parser tokens, this scans
 * the raw (unzipped) bytes once: it finds where each record ends, notes on the way the same few
 * fields the token walker notes (organisation number, organisation form, which addresses there are
 * and their municipality numbers), and hands those to `wants`. Only a wanted record (and the
 * first, to check the file) is cut out and given to JSON.parse. The rest are never decoded,
 * which makes the scan several times faster than a JavaScript tokenizer and leaves almost no
 * garbage.
 *
 * It checks what it passes over: brackets must match, only JSON's characters may stand outside
 * strings, and the array must be closed. A file cut short or broken stops with a parser error that
 * readEnheter turns into its message.
 */
import { ESTABLISHMENT_FORMS, type RecordPosition, type UnitKind } from './enhet'
import type { ReadOptions, RecordPeek } from './readEnheter'

// Character classes of the bytes outside strings.
// 0: not allowed outside a string
const SPACE = 1
const OPEN_OBJECT = 2
const OPEN_ARRAY = 3
const CLOSE_OBJECT = 4
const CLOSE_ARRAY = 5
const QUOTE = 6
const COMMA = 7
const COLON = 8
const SCALAR = 9

const CLASS = new Uint8Array(256)
for (const c of ' \t\n\r') CLASS[c.charCodeAt(0)] = SPACE
for (const c of '0123456789-+.eEtrufalsn') CLASS[c.charCodeAt(0)] = SCALAR
CLASS[0x7b] = OPEN_OBJECT
CLASS[0x5b] = OPEN_ARRAY
CLASS[0x7d] = CLOSE_OBJECT
CLASS[0x5d] = CLOSE_ARRAY
CLASS[0x22] = QUOTE
CLASS[0x2c] = COMMA
CLASS[0x3a] = COLON

// The keys that matter, at the record's level and one level down.
const OTHER = 0
const ORG_NUMBER = 1
const ORG_FORM = 2
const BUSINESS_ADDRESS = 3
const LOCATION_ADDRESS = 4
const POSTAL_ADDRESS = 5
const CODE = 6
const MUNICIPALITY_NUMBER = 7

const bytes = (s: string) => Buffer.from(s, 'utf8')
const K_ORG_NUMBER = bytes('organisasjonsnummer')
const K_LOCATION = bytes('beliggenhetsadresse')
const K_ORG_FORM = bytes('organisasjonsform')
const K_BUSINESS = bytes('forretningsadresse')
const K_POSTAL = bytes('postadresse')
const K_CODE = bytes('kode')
const K_MUNICIPALITY = bytes('kommunenummer')

function same(b: Buffer, start: number, end: number, key: Buffer): boolean {
  for (let k = 0; k < key.length; k++) if (b[start + k] !== key[k]) return false
  return true
}

/** Which key of interest the string b[start, end) is (by length first: most keys are none). */
function recordKey(b: Buffer, start: number, end: number): number {
  switch (end - start) {
    case 19:
      if (same(b, start, end, K_ORG_NUMBER)) return ORG_NUMBER
      return same(b, start, end, K_LOCATION) ? LOCATION_ADDRESS : OTHER
    case 17:
      return same(b, start, end, K_ORG_FORM) ? ORG_FORM : OTHER
    case 18:
      return same(b, start, end, K_BUSINESS) ? BUSINESS_ADDRESS : OTHER
    case 11:
      return same(b, start, end, K_POSTAL) ? POSTAL_ADDRESS : OTHER
    default:
      return OTHER
  }
}

function innerKey(b: Buffer, start: number, end: number): number {
  if (end - start === 4) return same(b, start, end, K_CODE) ? CODE : OTHER
  if (end - start === 13) return same(b, start, end, K_MUNICIPALITY) ? MUNICIPALITY_NUMBER : OTHER
  return OTHER
}

/** The string value b[start, end) (without quotes), unescaped when it has escapes. */
function text(b: Buffer, start: number, end: number): string {
  const raw = b.toString('utf8', start, end)
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
}

/** A parse error in the words readEnheter's error report expects ("Parser …"). */
const parserError = (what: string) => new Error(`Parser cannot parse input: ${what}`)

type Phase = 'before' | 'elements' | 'after'

export class BulkArrayReader {
  records = 0
  readonly kinds = { enhet: 0, underenhet: 0 }
  private phase: Phase = 'before'
  private afterElement = false
  private afterComma = false
  private carry: Buffer | null = null
  private readonly stack = new Uint8Array(512)

  // What the scan of the current record noted.
  private orgNumber: string | undefined
  private form: string | undefined
  private present = 0 // bit per address key: 1 business, 2 location, 4 postal
  private business: string | null = null
  private location: string | null = null
  private postal: string | null = null

  constructor(
    private readonly options: ReadOptions,
    private readonly formatError: (reason: string) => Error,
  ) {}

  get ended() {
    return this.phase === 'after'
  }

  /** The next piece of the unzipped file. */
  push(chunk: Buffer): void {
    const b = chunk
    const length = b.length
    let i = this.carry ? this.finishCarried(chunk) : 0
    if (i < 0) return
    while (i < length) {
      const c = b[i]
      const kind = CLASS[c]
      if (kind === SPACE) {
        i++
        continue
      }
      if (this.phase === 'before') {
        if (kind !== OPEN_ARRAY) throw parserError('the file does not start with an array')
        this.phase = 'elements'
        i++
      } else if (this.phase === 'after') {
        throw this.formatError('more than one JSON value')
      } else if (kind === CLOSE_ARRAY) {
        if (this.afterComma) throw parserError(`a value is missing after record ${this.records}`)
        this.phase = 'after'
        i++
      } else if (kind === COMMA) {
        if (!this.afterElement) throw parserError(`a comma where a record should be`)
        this.afterElement = false
        this.afterComma = true
        i++
      } else {
        if (this.afterElement)
          throw parserError(`a comma or the array's end is missing after record ${this.records}`)
        const end = this.scanValue(b, i)
        if (end < 0) {
          this.carry = b.subarray(i) // the record goes on in the next chunk
          return
        }
        this.finishRecord(b, i, end)
        this.afterElement = true
        this.afterComma = false
        i = end
      }
    }
  }

  /**
   * The record cut in two at the last piece's end: joined with as much of the new piece as it
   * takes (not the whole piece), and finished. Returns where the new piece goes on, or -1 when the
   * record goes on past it too.
   */
  private finishCarried(chunk: Buffer): number {
    const carry = this.carry!
    for (let head = Math.min(chunk.length, 16 * 1024); ; head = Math.min(chunk.length, head * 4)) {
      const joined = Buffer.concat([carry, chunk.subarray(0, head)])
      const end = this.scanValue(joined, 0)
      if (end >= 0) {
        this.carry = null
        this.finishRecord(joined, 0, end)
        this.afterElement = true
        this.afterComma = false
        return end - carry.length
      }
      if (head === chunk.length) {
        this.carry = joined
        return -1
      }
    }
  }

  /** The file has ended: the array must have been closed. */
  end(): void {
    if (this.phase !== 'after')
      throw parserError(
        `the file ends before the array is closed (inside record ${this.records + 1})`,
      )
  }

  /**
   * Scans one value from `start`: returns where it ends, or -1 when the buffer ends first. Notes
   * the fields `wants` needs, with the same rules as the token walker in readEnheter.ts.
   */
  private scanValue(b: Buffer, start: number): number {
    const length = b.length
    const stack = this.stack
    let depth = 0
    let key1 = OTHER
    let key2 = OTHER
    let inAddress = OTHER
    let orgNumber: string | undefined
    let form: string | undefined
    let present = 0
    let business: string | null = null
    let location: string | null = null
    let postal: string | null = null
    let i = start
    while (i < length) {
      const kind = CLASS[b[i]]
      if (kind === SPACE || kind === COMMA || kind === COLON) {
        i++
      } else if (kind === QUOTE) {
        let j = i + 1
        while (j < length) {
          const d = b[j]
          if (d === 0x22) break
          j += d === 0x5c ? 2 : 1
        }
        if (j >= length) return -1
        if (depth === 0) {
          i = j + 1
          break // a lone string, not a record: the caller's checks say so
        }
        if (depth <= 2) {
          let q = j + 1
          while (q < length && CLASS[b[q]] === SPACE) q++
          if (q >= length) return -1
          if (b[q] === 0x3a) {
            if (depth === 1) key1 = recordKey(b, i + 1, j)
            else key2 = innerKey(b, i + 1, j)
          } else if (depth === 1) {
            if (key1 === ORG_NUMBER) orgNumber = text(b, i + 1, j)
          } else if (inAddress !== OTHER && key2 === MUNICIPALITY_NUMBER) {
            const value = text(b, i + 1, j)
            if (inAddress === BUSINESS_ADDRESS) business = value
            else if (inAddress === LOCATION_ADDRESS) location = value
            else postal = value
          } else if (key1 === ORG_FORM && key2 === CODE) {
            form = text(b, i + 1, j)
          }
        }
        i = j + 1
      } else if (kind === OPEN_OBJECT || kind === OPEN_ARRAY) {
        if (depth === stack.length) throw parserError('the JSON is nested too deep')
        stack[depth++] = kind
        if (depth === 2 && kind === OPEN_OBJECT && key1 >= BUSINESS_ADDRESS) {
          inAddress = key1
          present |= 1 << (key1 - BUSINESS_ADDRESS)
        }
        i++
      } else if (kind === CLOSE_OBJECT || kind === CLOSE_ARRAY) {
        if (depth === 0 || stack[depth - 1] !== kind - 2)
          throw parserError(`a bracket that does not match in record ${this.records + 1}`)
        depth--
        i++
        if (depth === 1) inAddress = OTHER
        if (depth === 0) break
      } else if (kind === SCALAR) {
        let j = i + 1
        while (j < length && CLASS[b[j]] === SCALAR) j++
        if (j >= length) return -1
        i = j
        if (depth === 0) break // a lone number or literal
      } else {
        throw parserError(
          `unexpected character "${String.fromCharCode(b[i])}" in record ${this.records + 1}`,
        )
      }
    }
    if (depth > 0 || i > length) return -1
    this.orgNumber = orgNumber
    this.form = form
    this.present = present
    this.business = business
    this.location = location
    this.postal = postal
    return i
  }

  /** The record's own kind: its organisation form, else which address it has. */
  private recordKind(): UnitKind | undefined {
    if (this.form) return ESTABLISHMENT_FORMS.has(this.form) ? 'underenhet' : 'enhet'
    if (this.present & 2) return 'underenhet'
    if (this.present & 1) return 'enhet'
    return undefined
  }

  /** The placing address's municipality, else the postal one (as municipalityNumberOf). */
  private placingKommune(kind: UnitKind | undefined): string | undefined {
    const main = kind === 'underenhet' ? 2 : 1
    if (this.present & main) return (main === 2 ? this.location : this.business) ?? undefined
    if (!kind && this.present & 2) return this.location ?? undefined
    return this.postal ?? undefined
  }

  private finishRecord(b: Buffer, start: number, end: number) {
    const index = ++this.records
    const kind = this.recordKind()
    if (kind) this.countKind(kind)
    const peek: RecordPeek = {
      orgNumber: this.orgNumber,
      kommunenummer: this.placingKommune(kind),
      kind,
    }
    const { wants, onRecord, onProgress, progressEvery = 10_000 } = this.options
    const wanted = !wants || wants(peek)
    if (wanted || index === 1) {
      let value: unknown
      try {
        value = JSON.parse(b.toString('utf8', start, end))
      } catch (err) {
        throw parserError(`record ${index}: ${(err as Error).message}`)
      }
      if (index === 1) this.checkFirstRecord(value)
      const position: RecordPosition = { index, path: `[${index - 1}]` }
      if (wanted) onRecord(value, position, kind)
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
    return this.kinds.underenhet > this.kinds.enhet ? 'underenhet' : 'enhet'
  }

  /** The first element tells a download of register records from any other JSON array. */
  private checkFirstRecord(value: unknown) {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value)
    if (!isObject || !('organisasjonsnummer' in value)) {
      throw this.formatError(
        'the first element of the array is not an entity or establishment with an organisasjonsnummer',
      )
    }
  }
}
