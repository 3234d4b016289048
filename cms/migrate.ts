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

/**
 * Refreshes SQLite's query-planner statistics. Without them SQLite can pick a plan that sorts
 * 10,000 articles by creation date in 28 s instead of 10 ms (measured: bench/site.ts); the admin's
 * default list sort and the site build both hit it. Cheap (0.2 s at 10,000 articles), so it runs
 * at start, after bulk writes, and hourly in the start process.
 */
export async function analyzeDatabase(payload: Payload, databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) !== 'sqlite') return
  await (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  ).client.execute('ANALYZE')
}
