import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { protectDataDir } from './dataDir'

const mode = (p: string) => fs.statSync(p).mode & 0o777

describe('the data folder (F13)', () => {
  it('is readable by the account that runs Næringshub only, and so is the database', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nh-data-')), 'data')
    fs.mkdirSync(dir, { mode: 0o755 })
    const db = path.join(dir, 'naeringshub.db')
    for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.writeFileSync(f, '', { mode: 0o644 })
    protectDataDir(dir, `file:${db}`)
    expect(mode(dir)).toBe(0o700)
    for (const f of [db, `${db}-wal`, `${db}-shm`]) expect(mode(f), f).toBe(0o600)
  })
})
