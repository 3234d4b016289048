/**
 * `npm run backup:db -- --to <file>`: a consistent copy of the SQLite database while Næringshub
 * runs (SQLite's online backup API, through node:sqlite: pages written meanwhile are copied again,
 * so the copy is one moment's state, WAL included). Restore: see deploy/README.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'

import { env } from '../cms/env'

/**
 * Run it in its own process (the command below), never inside one that has the database open
 * through Payload: node:sqlite and libsql are two copies of SQLite, and POSIX locks belong to the
 * process, so closing one copy's connection drops the other's locks.
 */
export async function backupDatabase(databaseUrl: string, to: string): Promise<number> {
  if (!databaseUrl.startsWith('file:'))
    throw new Error(
      'backup-db copies SQLite only: back MongoDB up with mongodump (deploy/README.md)',
    )
  const source = new DatabaseSync(path.resolve(databaseUrl.slice('file:'.length)))
  try {
    fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true, mode: 0o700 })
    const pages = await backup(source, path.resolve(to))
    fs.chmodSync(to, 0o600)
    return pages
  } finally {
    source.close()
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename
if (isMain) {
  const at = process.argv.indexOf('--to')
  const to = at > 0 ? process.argv[at + 1] : undefined
  if (!to) {
    console.error(
      'Usage: npm run backup:db -- --to <file>  (e.g. /var/backups/naeringshub/db-$(date +%F).db)',
    )
    process.exit(2)
  }
  const pages = await backupDatabase(env().databaseUrl, to)
  console.log(`Backed up ${pages} pages to ${to}`)
}
