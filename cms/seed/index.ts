/**
 * Demo content: a believable Vinje. Safe to run twice: every document is found by its natural key
 * before it is created.
 */
import type { Payload } from 'payload'

import { type AppEnv, env } from '../env'
import { analyzeDatabase } from '../migrate'
import {
  seedArticles,
  seedCourses,
  seedEvents,
  seedImages,
  seedProviders,
  seedTopics,
} from './content'
import type { SeedTally } from './ensure'
import { seedFundingSchemes } from './funding'
import { seedLogo } from './logo'
import { seedNewsletter, seedSiteSettings } from './newsletter'
import { seedBusinesses, seedSubscribers } from './register'
import { type AdminLogin, seedUsers } from './users'

export interface SeedResult {
  tally: SeedTally
  adminLogin?: AdminLogin
}

export async function seed(
  payload: Payload,
  opts: { appEnv: AppEnv; dataDir: string },
): Promise<SeedResult> {
  const tally: SeedTally = {}
  await seedSiteSettings(payload)
  const { byEmail: users, adminLogin } = await seedUsers(payload, tally, opts.appEnv, opts.dataDir)
  const topics = await seedTopics(payload, tally)
  const images = await seedImages(payload, tally)
  await seedLogo(payload, tally)
  const providers = await seedProviders(payload, tally, { topics })
  const refs = { users, topics, images, providers }
  await seedCourses(payload, tally, refs)
  await seedFundingSchemes(payload, tally, refs)
  await seedArticles(payload, tally, refs)
  await seedEvents(payload, tally, refs)
  await seedBusinesses(payload, tally, refs)
  await seedSubscribers(payload, tally, refs)
  await seedNewsletter(payload, tally)
  await analyzeDatabase(payload, env().databaseUrl)
  return { tally, adminLogin }
}

/** True when nothing has been stored yet: `npm start` seeds only then. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  return totalDocs === 0
}
