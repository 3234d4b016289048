/**
 * Chooses the database adapter from DATABASE_URL: SQLite (embedded, the default, so a fresh machine
 * needs nothing installed) or MongoDB (production, grows past one machine).
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { ConfigError } from './env'
import { withWriteTurns } from './sqliteTransactions'

export type DatabaseKind = 'sqlite' | 'mongodb'

const ACCEPTED =
  'file:./data/naeringshub.db (SQLite, the default), mongodb://… or mongodb+srv://… (MongoDB)'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
  throw new ConfigError(`DATABASE_URL has an unsupported form "${scheme}": use ${ACCEPTED}`)
}

/** libsql wants the file's folder to exist. */
function ensureSqliteDir(url: string) {
  const file = url.slice('file:'.length)
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

export function databaseAdapter(url: string): DatabaseAdapterObj {
  if (databaseKind(url) === 'mongodb') return mongooseAdapter({ url })
  ensureSqliteDir(url)
  return withWriteTurns(
    sqliteAdapter({
      client: { url },
      // Schema changes only through committed migrations, in development too: push can stop to ask
      // a question and hang a non-interactive start, and production never pushes.
      push: false,
      // Resolved from the repository root: scripts, tests and `next start cms` all run there.
      migrationDir: path.resolve('cms/migrations'),
      wal: true,
      busyTimeout: 10_000,
      // Real transactions (BEGIN IMMEDIATE): without this, beginTransaction() returns null and a
      // "transaction" is a series of separate writes. withWriteTurns makes them safe to run at once.
      transactionOptions: {},
    }),
  )
}
