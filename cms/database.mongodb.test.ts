/**
 * The MongoDB round trip needs a MongoDB server, and none can be installed on this machine: it runs
 * when TEST_MONGODB_URL is set (e.g. against a replica set in production-like CI).
 */
import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'
import { filledByHooks } from '../test/helpers/docs'

const url = process.env.TEST_MONGODB_URL

if (!url)
  console.warn(
    'SKIPPED: MongoDB round trip (set TEST_MONGODB_URL=mongodb://… to run it; no MongoDB server can be installed here)',
  )

describe.skipIf(!url)('MongoDB adapter round trip', () => {
  it('stores and reads a localized article through the same config', async () => {
    process.env.DATABASE_URL = url
    const { default: config } = await import('./payload.config')
    const payload = await getPayload({ config })
    const a = await payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({ title: 'Mongo-test', _status: 'published' }),
    })
    const read = await payload.findByID({ collection: 'articles', id: a.id, locale: 'en' })
    expect(read.title).toBe('Mongo-test')
    await payload.delete({ collection: 'articles', id: a.id })
  })
})
