import type { Migration, Payload } from 'payload'

import { databaseKind } from './database'
import { migrations } from './migrations'

/**
 * Brings the SQLite schema up to date with the committed migrations (MongoDB needs none).
 * Called by the start script before the admin is served, and by tests on their fresh files.
 */
export async function migrateDatabase(payload: Payload, databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) !== 'sqlite') return
  // Generated migrations type their args precisely; the adapter's signature is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
