/**
 * What an editor is told about publishing: a public document without its Nynorsk title cannot be
 * published at all, and every published change says whether it is queued, building, live (with the
 * page's address) or failed (with what to fix).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { siteBuildQueue } from './queue'

let cms: TestCms
let editor: string

beforeAll(async () => {
  cms = await testCms()
  editor = await cms.staff(['editor'])
})

const createInEnglish = (status: 'draft' | 'published') =>
  cms.rest(`/articles?locale=en${status === 'draft' ? '&draft=true' : ''}`, {
    method: 'POST',
    token: editor,
    body: JSON.stringify({ title: 'Written only in English', _status: status }),
  })

const status = async (collection: string, id: number | string) => {
  const res = await cms.rest(`/site-builds/status?collection=${collection}&id=${id}`, {
    token: editor,
  })
  return res.json()
}

describe('publishing without Nynorsk', () => {
  it('is refused with a message saying what to do; the site never gets the document', async () => {
    const res = await createInEnglish('published')
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(JSON.stringify(body)).toContain('Manglar nynorsk tittel')
    const found = await cms.payload.find({
      collection: 'articles',
      where: { title: { equals: 'Written only in English' } },
      locale: 'en',
      draft: true,
    })
    expect(found.docs.filter((d) => d._status === 'published')).toHaveLength(0)
  })

  it('a draft in English is fine, and it publishes once the Nynorsk title is written', async () => {
    const res = await createInEnglish('draft')
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    await cms.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'nn',
      draft: true,
      data: { title: 'Skrive på nynorsk òg' },
    })
    const published = await cms.rest(`/articles/${doc.id}?locale=en`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(published.status).toBe(200)
  })
})

describe('editing the English version of a published document', () => {
  it('changes the English texts and never the Nynorsk ones', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: { title: 'Nynorsk tittel', _status: 'published' } as never,
    })
    const res = await cms.rest(`/articles/${article.id}?locale=en`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ title: 'English title' }),
    })
    expect(res.status).toBe(200)
    const nn = await cms.payload.findByID({ collection: 'articles', id: article.id, locale: 'nn' })
    const en = await cms.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(nn.title).toBe('Nynorsk tittel')
    expect(en.title).toBe('English title')
  })
})

describe('the publish status on a document', () => {
  it('follows the build: queued, building, live with the link, or failed with the reason', async () => {
    const article = await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: { title: 'Ny sak om straum', _status: 'published' } as never,
    })
    expect(await status('articles', article.id)).toMatchObject({ state: 'queued' })
    const queue = siteBuildQueue(cms.payload)
    const build = await queue.claimNext(0)
    expect(build).not.toBeNull()
    expect(await status('articles', article.id)).toMatchObject({ state: 'building' })
    await queue.succeed(build!.id, { durationMs: 10, log: '' })
    const live = await status('articles', article.id)
    expect(live.state).toBe('live')
    expect(live.url).toMatch(/\/nyheiter\/ny-sak-om-straum\/$/)

    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'nn',
      data: { excerpt: 'Endra' },
    })
    const next = await queue.claimNext(0)
    const reason = 'Manglar nynorsk tittel: skriv tittelen på nynorsk og publiser på nytt'
    await queue.succeed(next!.id, {
      durationMs: 10,
      log: '',
      withheld: [{ collection: 'articles', id: article.id, reason }],
    })
    expect(await status('articles', article.id)).toMatchObject({ state: 'failed', reason })
  })

  it('is for staff only', async () => {
    const res = await cms.rest('/site-builds/status?collection=articles&id=1')
    expect(res.status).toBe(401)
  })
})
