import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'

import type { RecordPosition } from './enhet'
import { FileFormatError, readEnheter } from './readEnheter'

const fixture = (name: string) => path.resolve('test/fixtures/brreg', name)

async function readAll(file: string) {
  const records: { value: any; position: RecordPosition }[] = []
  const result = await readEnheter(file, {
    onRecord: (value, position) => records.push({ value, position }),
  })
  return { result, records }
}

async function refusal(file: string): Promise<string> {
  const err = await readAll(file).then(
    () => null,
    (e) => e,
  )
  expect(err).toBeInstanceOf(FileFormatError)
  return (err as Error).message
}

describe('reading Enhetsregisteret files', () => {
  it('the gzipped fixture is the readable JSON one, gzipped (they cannot drift apart)', () => {
    const gz = zlib
      .gunzipSync(fs.readFileSync(fixture('enheter_alle.sample.json.gz')))
      .toString('utf8')
    expect(gz).toBe(fs.readFileSync(fixture('enheter_alle.sample.json'), 'utf8'))
  })

  it('streams every entity of the bulk download with its position', async () => {
    const { result, records } = await readAll(fixture('enheter_alle.sample.json.gz'))
    expect(result).toEqual({
      format: 'bulk',
      gzipped: true,
      records: 16,
      kind: 'enhet',
      page: undefined,
    })
    expect(records[0].value.navn).toBe('VINJE BYGG OG ANLEGG AS')
    expect(records[0].position).toEqual({ index: 1, path: '[0]' })
    expect(records[15].position).toEqual({ index: 16, path: '[15]' })
  })

  it('reads the bulk array unzipped too', async () => {
    const { result } = await readAll(fixture('enheter_alle.sample.json'))
    expect(result).toMatchObject({ format: 'bulk', gzipped: false, records: 16 })
  })

  it('streams the entities of a saved search page and reports its paging', async () => {
    const { result, records } = await readAll(fixture('enheter-search-page.json'))
    expect(result).toEqual({
      format: 'search-page',
      gzipped: false,
      records: 3,
      kind: 'enhet',
      page: { number: 0, totalPages: 1, totalElements: 3 },
    })
    expect(records.map((r) => r.position.path)).toEqual([
      '_embedded.enheter[0]',
      '_embedded.enheter[1]',
      '_embedded.enheter[2]',
    ])
    expect(records[1].value.navn).toBe('RAULAND SKISENTER AS')
  })

  it('accepts a search page without hits', async () => {
    const { result, records } = await readAll(fixture('enheter-search-empty.json'))
    expect(result.records).toBe(0)
    expect(records).toEqual([])
  })

  it('refuses files in other formats, naming the accepted ones', async () => {
    // The underenheter download is accepted since establishments are imported; a file mixing
    // both kinds is not one of the register's files.
    for (const name of ['enheter.sample.csv', 'mixed.sample.json']) {
      const message = await refusal(fixture(name))
      expect(message).toMatch(/not an Enhetsregisteret file/)
      expect(message).toMatch(
        /Accepted formats: the bulk download .*lastned.*saved API search page \(JSON with _embedded\.enheter and page/,
      )
      expect(message).toMatch(/Nothing was written\.$/)
    }
    expect(await refusal(fixture('mixed.sample.json'))).toMatch(
      /mixes entities \(enheter\) and establishments \(underenheter\)/,
    )
    expect(await refusal(fixture('enheter.sample.csv'))).toMatch(/it is not JSON/)
  })

  it('refuses JSON that is not a list of entities', async () => {
    const dir = fs.mkdtempSync(path.join(process.env.DATA_DIR!, 'json-'))
    const cases: [string, RegExp][] = [
      ['{"navn": "x"}', /without the search page’s "page"/],
      ['[1, 2, 3]', /first element of the array is not an entity/],
      ['[]', /the array holds no entities/],
      ['"enheter"', /a single JSON value/],
      ['', /the file is empty/],
      [
        '{"_embedded": {"roller": []}, "page": {"number": 0, "totalPages": 1, "totalElements": 1}}',
        /_embedded\.roller is not a list of enheter or underenheter/,
      ],
    ]
    for (const [i, [content, reason]] of cases.entries()) {
      const file = path.join(dir, `case-${i}.json`)
      fs.writeFileSync(file, content)
      expect(await refusal(file)).toMatch(reason)
    }
  })

  it('stops on a file cut short, and says so', async () => {
    expect(await refusal(fixture('enheter_alle.truncated.json'))).toMatch(
      /JSON is broken after entity \d+ .*download it again/,
    )
    expect(await refusal(fixture('enheter_alle.truncated.json.gz'))).toMatch(
      /gzip data is damaged or cut short/,
    )
  })

  it('names a missing file', async () => {
    expect(await refusal('/nonexistent/enheter_alle.json.gz')).toMatch(/no such file/)
  })
})

describe('reading only what the caller wants', () => {
  it('assembles only the wanted entities, from what it noted on the way, and still counts them all', async () => {
    const peeks: unknown[] = []
    const wanted: string[] = []
    const counted: number[] = []
    const result = await readEnheter(fixture('enheter_alle.sample.json.gz'), {
      wants: (peek) => {
        peeks.push({ ...peek })
        return peek.kommunenummer === '0834' || peek.orgNumber === '923700005'
      },
      onRecord: (value) => wanted.push((value as { navn: string }).navn),
      progressEvery: 5,
      onProgress: (n) => counted.push(n),
    })
    expect(result.records).toBe(16)
    expect(wanted).toEqual(['TOTAK FISKE OG UTLEIGE AS', 'TOKKE TRE AS'])
    expect(counted).toEqual([5, 10, 15])
    expect(peeks[0]).toEqual({ orgNumber: '921300018', kommunenummer: '4036', kind: 'enhet' })
    // VINJE SKILAG has only a postal address: its municipality comes from there.
    expect(peeks[14]).toEqual({ orgNumber: '994800000', kommunenummer: '4036', kind: 'enhet' })
  })
})
