/** The SQLite backup while the CMS writes, and a restore that Payload opens (deploy/README.md). */
import { execFile, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'

import { getCms } from '../cms/getCms'
import { env } from '../cms/env'

const run = (args: string[]) =>
  new Promise<string>((resolve, reject) =>
    execFile(path.resolve('node_modules/.bin/tsx'), args, { timeout: 120_000 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    ),
  )

describe('database backup and restore', () => {
  it('copies a consistent database while writes go on, and the copy restores', async () => {
    const payload = await getCms()
    const create = (i: number) =>
      payload.create({
        collection: 'topics',
        data: { name: `Tema ${i}`, slug: `tema-${i}` } as never,
      })
    for (let i = 0; i < 10; i++) await create(i)
    const backupFile = path.join(env().dataDir, 'backups', 'copy.db')
    // Writes during the backup: the copy holds a whole moment, never half a write.
    const writing = (async () => {
      for (let i = 10; i < 30; i++) await create(i)
    })()
    // As production runs it: `npm run backup:db` in its own process. (In this one, node:sqlite's
    // SQLite and libsql's would be two copies of SQLite on one file: closing either drops the
    // other's locks.)
    expect(await run(['scripts/backup-db.ts', '--to', backupFile])).toContain('Backed up')
    await writing
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600)

    const copy = new DatabaseSync(backupFile)
    expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' })
    const copied = Number(
      (copy.prepare('SELECT count(*) AS n FROM topics').get() as { n: number }).n,
    )
    copy.close()
    expect(copied).toBeGreaterThanOrEqual(10)
    expect(copied).toBeLessThanOrEqual(30)

    // Restore: the copy as the database of a fresh data folder, opened by Payload in its own process.
    const restoredDir = fs.mkdtempSync(path.join(env().dataDir, 'restored-'))
    fs.copyFileSync(backupFile, path.join(restoredDir, 'naeringshub.db'))
    const script = path.join(restoredDir, 'count.mts')
    fs.writeFileSync(
      script,
      `import { getCms } from '${path.resolve('cms/getCms.ts')}'
const p = await getCms()
console.log('TOPICS', (await p.count({ collection: 'topics' })).totalDocs)
process.exit(0)
`,
    )
    const out = spawnSync(path.resolve('node_modules/.bin/tsx'), [script], {
      env: {
        ...process.env,
        DATA_DIR: restoredDir,
        DATABASE_URL: `file:${path.join(restoredDir, 'naeringshub.db')}`,
      },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(out.stdout, out.stderr).toContain(`TOPICS ${copied}`)
  })
})
