import { describe, expect, it } from 'vitest'

import { parseImportArgs } from './cliArgs'
import { describeProgress } from './progress'

describe('the import command line', () => {
  it('takes --file and an optional --kommune', () => {
    expect(parseImportArgs(['--file', 'enheter_alle.json.gz'])).toEqual({
      file: 'enheter_alle.json.gz',
      files: ['enheter_alle.json.gz'],
      kommune: undefined,
      completeRegister: false,
      confirm: false,
      maxFlagShare: undefined,
      updates: false,
      since: undefined,
      orgNumber: undefined,
      help: false,
    })
    expect(parseImportArgs(['--file', 'x.json', '--kommune', '4036'])).toMatchObject({
      file: 'x.json',
      kommune: '4036',
    })
  })

  it('says what is missing or unknown, with the usage', () => {
    expect(() => parseImportArgs([])).toThrow(
      /--file is missing\.\nUsage: npm run import:businesses -- --file/,
    )
    expect(() => parseImportArgs(['--file', 'x', '--kommun', '4036'])).toThrow(
      /Unknown option '--kommun'/,
    )
  })
})

describe('progress as a person sees it', () => {
  const reading = {
    phase: 'reading' as const,
    read: 550_000,
    inMunicipality: 301,
    bytesRead: 30,
    totalBytes: 60,
  }

  it('is a bar with percentage, counts and rate on a terminal', () => {
    expect(describeProgress(reading, 10_000, true)).toBe(
      '[############............] 50% 550,000 entities read, 301 in the municipality, 55,000/s',
    )
    expect(describeProgress({ phase: 'writing', done: 300, total: 600 }, 1, true)).toBe(
      '[############............] writing 300/600 businesses',
    )
  })

  it('is a plain line in a log', () => {
    expect(describeProgress(reading, 10_000, false)).toBe(
      'reading 50%: 550,000 entities read, 301 in the municipality, 55,000/s',
    )
  })
})
