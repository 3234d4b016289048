/**
 * The local test double of Enhetsregisteret's open API: a real HTTP server on 127.0.0.1 that the
 * import's client talks to through BRREG_BASE_URL, answering in the register's own formats:
 *  - GET /enhetsregisteret/api/{enheter|underenheter}/{orgnr}: the record (404 unknown; a
 *    removed unit answers 410 with only its number and slettedato, as the register does);
 *  - GET /enhetsregisteret/api/{enheter|underenheter}?organisasjonsnummer=a,b&size&page: a HAL
 *    search page (`_embedded.enheter`, `_links`, `page`; `_embedded` left out without hits);
 *  - GET /enhetsregisteret/api/oppdateringer/{enheter|underenheter}?dato|oppdateringsid&size&page:
 *    the update feed (`_embedded.oppdaterteEnheter` / `oppdaterteUnderenheter`, each update with
 *    oppdateringsid, dato, organisasjonsnummer, endringstype and a link to the unit).
 * Tests publish changes with `publish()`; every request is recorded.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { UnitKind } from '../enhet'

const LIST = { enhet: 'enheter', underenhet: 'underenheter' } as const
const FEED_KEY = { enhet: 'oppdaterteEnheter', underenhet: 'oppdaterteUnderenheter' } as const
const LINK_KEY = { enhet: 'enhet', underenhet: 'underenhet' } as const

export type Endringstype = 'Ny' | 'Endring' | 'Sletting' | 'Fjernet' | 'Ukjent'

interface StoredUpdate {
  oppdateringsid: number
  dato: string
  organisasjonsnummer: string
  endringstype: Endringstype
}

export interface FakeBrreg {
  url: string
  /** Every request's path and query, in order. */
  requests: string[]
  /** Sets a unit's current record without a feed entry (the state before the tests' "today"). */
  put: (kind: UnitKind, record: Record<string, unknown>) => void
  /** Changes a unit and adds the change to the feed. `Fjernet` leaves only number and date. */
  publish: (
    kind: UnitKind,
    record: Record<string, unknown>,
    type: Endringstype,
    dato?: Date,
  ) => number
  /** Answers every request with this status until cleared (null). */
  failWith: (status: number | null) => void
  close: () => Promise<void>
}

export async function startFakeBrreg({ port = 0, firstUpdateId = 1000 } = {}): Promise<FakeBrreg> {
  const units: Record<UnitKind, Map<string, Record<string, unknown>>> = {
    enhet: new Map(),
    underenhet: new Map(),
  }
  const removed: Record<UnitKind, Set<string>> = { enhet: new Set(), underenhet: new Set() }
  const feeds: Record<UnitKind, StoredUpdate[]> = { enhet: [], underenhet: [] }
  const requests: string[] = []
  let nextId = firstUpdateId
  let failure: number | null = null
  let base = ''

  const self = (path: string) => ({ self: { href: `${base}/enhetsregisteret/api${path}` } })
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const kindOf = (list: string): UnitKind | null =>
    list === 'enheter' ? 'enhet' : list === 'underenheter' ? 'underenhet' : null

  function page<T>(all: T[], query: URLSearchParams, key: string, path: string) {
    const size = Math.min(Number(query.get('size') ?? 20), 10_000)
    const number = Number(query.get('page') ?? 0)
    const slice = all.slice(number * size, (number + 1) * size)
    const totalPages = Math.ceil(all.length / size)
    return {
      ...(slice.length ? { _embedded: { [key]: slice } } : {}),
      _links: self(`${path}?${query}`),
      page: { size, totalElements: all.length, totalPages, number },
    }
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', base)
    requests.push(`${url.pathname}${url.search}`)
    if (failure) return send(res, failure, { status: failure, error: 'fake failure' })
    const parts = url.pathname.replace(/^\/enhetsregisteret\/api\//, '').split('/')
    if (!url.pathname.startsWith('/enhetsregisteret/api/'))
      return send(res, 404, { error: 'Not Found' })
    if (parts[0] === 'oppdateringer') {
      const kind = kindOf(parts[1] ?? '')
      if (!kind) return send(res, 404, { error: 'Not Found' })
      const fromId = Number(url.searchParams.get('oppdateringsid') ?? 0)
      const dato = url.searchParams.get('dato')
      const from = dato ? Date.parse(dato) : -Infinity
      const list = feeds[kind]
        .filter((u) => u.oppdateringsid >= fromId && Date.parse(u.dato) >= from)
        .map((u) => ({
          ...u,
          _links: { [LINK_KEY[kind]]: self(`/${LIST[kind]}/${u.organisasjonsnummer}`).self },
        }))
      return send(
        res,
        200,
        page(list, url.searchParams, FEED_KEY[kind], `/oppdateringer/${LIST[kind]}`),
      )
    }
    const kind = kindOf(parts[0])
    if (!kind) return send(res, 404, { error: 'Not Found' })
    if (parts[1]) {
      const orgnr = parts[1]
      const record = units[kind].get(orgnr)
      const status = removed[kind].has(orgnr) ? 410 : 200
      if (record) return send(res, status, { ...record, _links: self(`/${LIST[kind]}/${orgnr}`) })
      return send(res, 404, {
        status: 404,
        error: 'Not Found',
        message: `Ingen ${kind} med organisasjonsnummer ${orgnr}`,
      })
    }
    const wanted = (url.searchParams.get('organisasjonsnummer') ?? '').split(',').filter(Boolean)
    const kommune = url.searchParams.get('kommunenummer')
    const found = [...units[kind].values()].filter(
      (r) =>
        !r.slettedato &&
        !removed[kind].has(String(r.organisasjonsnummer)) &&
        (!wanted.length || wanted.includes(String(r.organisasjonsnummer))) &&
        (!kommune || JSON.stringify(r).includes(`"kommunenummer":"${kommune}"`)),
    )
    return send(res, 200, page(found, url.searchParams, LIST[kind], `/${LIST[kind]}`))
  }

  const server = http.createServer(handle)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const put: FakeBrreg['put'] = (kind, record) => {
    units[kind].set(String(record.organisasjonsnummer), record)
  }
  return {
    url: base,
    requests,
    put,
    publish(kind, record, type, dato = new Date()) {
      const orgnr = String(record.organisasjonsnummer)
      if (type === 'Fjernet') {
        removed[kind].add(orgnr)
        put(kind, { organisasjonsnummer: orgnr, slettedato: dato.toISOString().slice(0, 10) })
      } else put(kind, record)
      const id = nextId++
      feeds[kind].push({
        oppdateringsid: id,
        dato: dato.toISOString(),
        organisasjonsnummer: orgnr,
        endringstype: type,
      })
      return id
    },
    failWith: (status) => void (failure = status),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
