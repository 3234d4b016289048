import { describe, expect, it } from 'vitest'

import { databaseAdapter, databaseKind } from './database'

describe('database adapter choice', () => {
  it('is SQLite for file: URLs (the default)', () => {
    expect(databaseKind('file:./data/naeringshub.db')).toBe('sqlite')
    expect(databaseAdapter('file:/tmp/nh-adapter-test/x.db').name).toBe('sqlite')
  })

  it('is MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(databaseKind('mongodb://localhost:27017/nh')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/nh')).toBe('mongodb')
    expect(databaseAdapter('mongodb://localhost:27017/nh').name).toBe('mongoose')
  })

  it('refuses any other scheme, naming the accepted forms', () => {
    expect(() => databaseKind('postgres://localhost/nh')).toThrow(
      /unsupported form "postgres:".*file:.*mongodb:\/\/.*mongodb\+srv:\/\//,
    )
    expect(() => databaseKind('data/naeringshub.db')).toThrow(/DATABASE_URL/)
  })
})
