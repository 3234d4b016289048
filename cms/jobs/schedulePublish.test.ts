import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { startJobsWorker } from './worker'

let cms: TestCms
beforeAll(async () => {
  cms = await testCms()
})

/** Queues a publish the way the admin's "Schedule publish" drawer does. */
async function schedule(id: number, when: Date) {
  await cms.payload.jobs.queue({
    task: 'schedulePublish',
    // The drawer sends the id as a string, whatever the generated type says.
    input: {
      type: 'publish',
      doc: { relationTo: 'articles', value: String(id) as unknown as number },
    },
    waitUntil: when,
  })
}

const publicTitles = async () => {
  const res = await cms.rest('/articles')
  return (await res.json()).docs.map((d: { title: string }) => d.title)
}

describe('scheduled publish', () => {
  it('publishes an article scheduled in the past when the jobs worker runs, and not before', async () => {
    const draft = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Planlagt sak', _status: 'draft' },
    })
    await schedule(draft.id, new Date(Date.now() - 60_000))
    expect(await publicTitles()).not.toContain('Planlagt sak')

    const worker = startJobsWorker(cms.payload, 60_000)
    await worker.tick()
    await worker.stop()

    expect(await publicTitles()).toContain('Planlagt sak')
    const doc = await cms.payload.findByID({ collection: 'articles', id: draft.id })
    expect(doc._status).toBe('published')
    expect(doc.publishedAt).toBeTruthy()
  })

  it('leaves an article scheduled in the future as a draft', async () => {
    const draft = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Framtidig sak', _status: 'draft' },
    })
    await schedule(draft.id, new Date(Date.now() + 3_600_000))
    const worker = startJobsWorker(cms.payload, 60_000)
    await worker.tick()
    await worker.stop()
    expect(await publicTitles()).not.toContain('Framtidig sak')
  })
})
