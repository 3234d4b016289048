/**
 * The Local API for scripts and tests: Payload initialised from our config, schema migrated.
 * The admin (Next.js) builds its own instance from the same config.
 */
import { getPayload, type Payload } from 'payload'

import config from './payload.config'
import { env } from './env'
import { analyzeDatabase, migrateDatabase } from './migrate'

export async function getCms(): Promise<Payload> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload, env().databaseUrl)
  await analyzeDatabase(payload, env().databaseUrl)
  return payload
}
