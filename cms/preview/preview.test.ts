import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'

let cms: TestCms
let editor: string
let draftId: number

beforeAll(async () => {
  cms = await testCms()
  editor = await cms.staff(['editor'])
  const draft = await cms.payload.create({
    collection: 'articles',
    locale: 'nn',
    draft: true,
    data: { title: 'Løyndom før publisering', excerpt: 'Berre for redaksjonen', _status: 'draft' },
  })
  draftId = draft.id
})

describe('previewing a draft', () => {
  it('shows staff the page as it will look, marked as a preview', async () => {
    const res = await cms.rest(`/articles/${draftId}/preview-page?locale=nn`, { token: editor })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = await res.text()
    expect(html).toContain('<h1>Løyndom før publisering</h1>')
    expect(html).toContain('Førehandsvising')
    expect(html).toContain('Berre for redaksjonen')
    expect(res.headers.get('x-robots-tag')).toBe('noindex')
  })

  it('shows visitors nothing of the draft', async () => {
    const res = await cms.rest(`/articles/${draftId}/preview-page?locale=nn`)
    expect(res.status).toBe(401)
    expect(await res.text()).not.toContain('Løyndom')
  })

  it("the admin's Preview button points at it, in the content language being edited", async () => {
    const articles = cms.payload.collections.articles.config
    const preview = articles.admin.preview as (doc: object, o: { locale: string }) => string
    expect(preview({ id: draftId }, { locale: 'en' })).toMatch(
      new RegExp(`/api/articles/${draftId}/preview-page\\?locale=en$`),
    )
  })
})
