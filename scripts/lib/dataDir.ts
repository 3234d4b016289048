/**
 * The data folder holds the database, the secret and every build: readable by the account that
 * runs Næringshub only (0700), the database files 0600. SQLite gives its -wal and -shm files the
 * database file's mode, so they follow.
 */
import fs from 'node:fs'
import path from 'node:path'

export function protectDataDir(dataDir: string, databaseUrl: string) {
  fs.mkdirSync(dataDir, { recursive: true })
  fs.chmodSync(dataDir, 0o700)
  if (!databaseUrl.startsWith('file:')) return
  const db = path.resolve(databaseUrl.slice('file:'.length))
  for (const file of [db, `${db}-wal`, `${db}-shm`])
    if (fs.existsSync(file)) fs.chmodSync(file, 0o600)
}
