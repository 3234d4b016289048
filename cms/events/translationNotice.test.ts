/**
 * Writing an event's English texts (the seed does it for every event) is a translation, not a
 * move: attendees are not emailed, and no notice job sits in the jobs queue ahead of the sends.
 */
import { expect, it } from 'vitest'

import { testCms } from '../../test/helpers/cms'
import { seed } from '../seed'

it('translating the seeded events queues no "moved" notices', async () => {
  const cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: process.env.DATA_DIR! })
  const notices = await cms.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'eventAttendeeNotice' } },
    depth: 0,
  })
  expect(notices.totalDocs).toBe(0)
  // The whole seed runs first: ~50 s on a loaded machine.
}, 180_000)
