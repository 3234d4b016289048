/**
 * The "nn ✓ en –" column. Payload renders its cell in two places: in lists (with the collection's
 * config and the row) and, by a slip in Payload 3.90's form state, in every edit view with the
 * field's props only. The second crashed the cell ("Cannot read properties of undefined (reading
 * 'admin')" in the admin's log for every article, event, course, newsletter, funding scheme and
 * topic opened). The browser walk (test/admin.language.test.ts) also fails on any such error.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { presenceText, rowContentLanguages } from './contentLanguages'

let cms: TestCms
let articleId: number

beforeAll(async () => {
  cms = await testCms()
  const article = await cms.payload.create({
    collection: 'articles',
    locale: 'nn',
    data: { title: 'Ny næringsplan' },
    draft: true,
    context: { skipSiteBuild: true },
  })
  articleId = article.id
})

describe('the content-languages cell', () => {
  it('in a list, says which languages the row has', async () => {
    const presence = await rowContentLanguages({
      payload: cms.payload,
      collectionConfig: cms.payload.collections.articles.config,
      collectionSlug: 'articles',
      rowData: { id: articleId },
    })
    expect(presence && presenceText(presence)).toBe('nn ✓ en –')
  })

  it('in a list render that passes only the collection slug, still says it', async () => {
    const presence = await rowContentLanguages({
      payload: cms.payload,
      collectionSlug: 'articles',
      rowData: { id: articleId },
    })
    expect(presence && presenceText(presence)).toBe('nn ✓ en –')
  })

  it('with the props of an edit view (no config, no row), shows nothing and does not fail', async () => {
    // What Payload 3.90's renderField hands a ui field's components in the edit view's form state.
    const editViewProps = {
      id: articleId,
      collectionSlug: 'articles',
      data: { id: articleId, title: 'Ny næringsplan' },
      field: cms.payload.collections.articles.config.fields.find(
        (f) => 'name' in f && f.name === 'contentLanguages',
      ),
      operation: 'update',
      payload: cms.payload,
      siblingData: {},
    }
    await expect(rowContentLanguages(editViewProps)).resolves.toBeNull()
  })
})
