import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readEnv } from './env'

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'nh-env-'))

describe('configuration', () => {
  it('fails fast in production without PAYLOAD_SECRET, naming the variable', () => {
    expect(() => readEnv({ APP_ENV: 'production', DATA_DIR: dataDir() })).toThrow(
      /PAYLOAD_SECRET is not set/,
    )
  })

  it('refuses a weak secret in production', () => {
    expect(() =>
      readEnv({ APP_ENV: 'production', PAYLOAD_SECRET: 'changeme', DATA_DIR: dataDir() }),
    ).toThrow(/PAYLOAD_SECRET is too weak/)
    expect(() =>
      readEnv({ APP_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(20), DATA_DIR: dataDir() }),
    ).toThrow(/too weak/)
  })

  it('generates and keeps a local secret in development, and says where it came from', () => {
    const dir = dataDir()
    const first = readEnv({ DATA_DIR: dir })
    expect(first.payloadSecretSource).toBe('generated')
    expect(first.payloadSecret).toHaveLength(64)
    expect(readEnv({ DATA_DIR: dir }).payloadSecret).toBe(first.payloadSecret)
  })

  it('defaults to a SQLite file in the data folder', () => {
    const dir = dataDir()
    expect(readEnv({ DATA_DIR: dir }).databaseUrl).toBe(`file:${path.join(dir, 'naeringshub.db')}`)
  })

  it('rejects an unknown APP_ENV and a malformed SERVER_URL with the variable named', () => {
    expect(() => readEnv({ APP_ENV: 'staging', DATA_DIR: dataDir() })).toThrow(/APP_ENV/)
    expect(() => readEnv({ SERVER_URL: 'not a url', DATA_DIR: dataDir() })).toThrow(/SERVER_URL/)
  })
})
