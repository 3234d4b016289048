/**
 * Runs before every test file: a fresh temporary data folder with its own SQLite file, so tests
 * use the real Payload stack on a real database and never touch the developer's data/.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naeringshub-test-'))
process.env.APP_ENV = 'test'
process.env.DATA_DIR = dataDir
process.env.DATABASE_URL = `file:${path.join(dataDir, 'test.db')}`
process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
delete process.env.RESEND_API_KEY
