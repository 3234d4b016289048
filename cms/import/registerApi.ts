/**
 * Enhetsregisteret's open HTTP API (data.brreg.no, or the fake in tests: BRREG_BASE_URL):
 * single look-ups, search by organisation numbers, and the update feeds
 * `/enhetsregisteret/api/oppdateringer/enheter` and `/underenheter` (HAL pages with
 * `_embedded.oppdaterteEnheter` / `_embedded.oppdaterteUnderenheter`).
 */
import type { UnitKind } from './enhet'

const LIST = { enhet: 'enheter', underenhet: 'underenheter' } as const
const FEED_KEY = { enhet: 'oppdaterteEnheter', underenhet: 'oppdaterteUnderenheter' } as const

/** The register's kinds of change: Ny, Endring, Sletting, Fjernet (removed for legal reasons), Ukjent. */
export interface RegisterUpdate {
  oppdateringsid: number
  dato: string
  organisasjonsnummer: string
  endringstype: string
}

/** The register could not be reached or answered something unusable: nothing was written. */
export class RegisterApiError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RegisterApiError'
  }
}

export interface RegisterApiOptions {
  baseUrl: string
  timeoutMs?: number
  /** Records per update-feed page (the register allows up to 10,000). */
  feedPageSize?: number
}

/** Organisation numbers per search request. */
const SEARCH_CHUNK = 100
/** Search requests in flight at once (the register's open API is shared: a few, not dozens). */
const SEARCHES_AT_ONCE = 4

export function registerApi({
  baseUrl,
  timeoutMs = 15_000,
  feedPageSize = 10_000,
}: RegisterApiOptions) {
  const root = `${baseUrl.replace(/\/$/, '')}/enhetsregisteret/api`

  async function get(path: string, query: Record<string, string> = {}) {
    const url = `${root}${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`
    let res: Response
    try {
      res = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (err) {
      throw new RegisterApiError(
        `Enhetsregisteret did not answer (${url}): ${(err as Error).message}. Check BRREG_BASE_URL and the network, then try again.`,
      )
    }
    const text = await res.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      throw new RegisterApiError(
        `Enhetsregisteret answered ${res.status} with something other than JSON (${url})`,
      )
    }
    return { status: res.status, body, url }
  }

  /** One enhet or underenhet; a removed unit's short record (410) too; null when unknown. */
  async function fetchUnit(kind: UnitKind, orgNumber: string): Promise<unknown | null> {
    const { status, body, url } = await get(`/${LIST[kind]}/${encodeURIComponent(orgNumber)}`)
    if (status === 404 || status === 400) return null
    if (status === 200 || status === 410) return body
    throw new RegisterApiError(`Enhetsregisteret answered ${status} for ${url}; try again later`)
  }

  async function searchChunk(kind: UnitKind, chunk: string[]): Promise<unknown[]> {
    const query = { organisasjonsnummer: chunk.join(','), size: String(chunk.length) }
    const { status, body, url } = await get(`/${LIST[kind]}`, query)
    if (status !== 200)
      throw new RegisterApiError(`Enhetsregisteret answered ${status} for ${url}; try again later`)
    const list = (body as { _embedded?: Record<string, unknown> } | null)?._embedded?.[LIST[kind]]
    if (list !== undefined && !Array.isArray(list))
      throw new RegisterApiError(`${url}: _embedded.${LIST[kind]} is not a list`)
    return (list as unknown[] | undefined) ?? []
  }

  /**
   * The current records of these organisation numbers (units that no longer exist are absent), in
   * the order asked. A day's thousands of changes take tens of searches: a few run at once, so the
   * wait is for the register's answers side by side rather than one after another.
   */
  async function fetchMany(kind: UnitKind, orgNumbers: string[]): Promise<unknown[]> {
    const chunks: string[][] = []
    for (let i = 0; i < orgNumbers.length; i += SEARCH_CHUNK)
      chunks.push(orgNumbers.slice(i, i + SEARCH_CHUNK))
    const answers: unknown[][] = new Array(chunks.length)
    let next = 0
    const worker = async () => {
      while (next < chunks.length) {
        const i = next++
        answers[i] = await searchChunk(kind, chunks[i])
      }
    }
    await Promise.all(Array.from({ length: Math.min(SEARCHES_AT_ONCE, chunks.length) }, worker))
    return answers.flat()
  }

  /** Every update from `from` (an update id, inclusive), or from `since` when no id is known. */
  async function fetchUpdates(
    kind: UnitKind,
    start: { from?: number | null; since?: string | null },
  ) {
    const updates: RegisterUpdate[] = []
    let query: Record<string, string> = start.from
      ? { oppdateringsid: String(start.from) }
      : { dato: new Date(start.since ?? Date.now() - 86_400_000).toISOString() }
    for (let pages = 0; pages < 10_000; pages++) {
      const { status, body, url } = await get(`/oppdateringer/${LIST[kind]}`, {
        ...query,
        size: String(feedPageSize),
        page: '0',
      })
      if (status !== 200)
        throw new RegisterApiError(
          `Enhetsregisteret answered ${status} for ${url}; try again later`,
        )
      const list =
        (body as { _embedded?: Record<string, unknown> } | null)?._embedded?.[FEED_KEY[kind]] ?? []
      if (!Array.isArray(list))
        throw new RegisterApiError(`${url}: _embedded.${FEED_KEY[kind]} is not a list`)
      const page = list.filter(isUpdate)
      updates.push(...page)
      if (page.length < feedPageSize) break
      // Paging by id, not by page number: the register caps page × size at 10,000.
      query = { oppdateringsid: String(Math.max(...page.map((u) => u.oppdateringsid)) + 1) }
    }
    return updates
  }

  return { baseUrl, fetchUnit, fetchMany, fetchUpdates }
}

export type RegisterApi = ReturnType<typeof registerApi>

function isUpdate(v: unknown): v is RegisterUpdate {
  const u = v as Partial<RegisterUpdate> | null
  return (
    typeof u?.oppdateringsid === 'number' &&
    typeof u.organisasjonsnummer === 'string' &&
    typeof u.endringstype === 'string'
  )
}
