/**
 * Which edition a reader gets: an issue written only in Nynorsk reaches English subscribers whole
 * in Nynorsk (subject, intro, web link), and the editor is told before sending.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { compileIssue, personalise } from '../../emails/render'
import { testCms, type TestCms } from '../../test/helpers/cms'
import { issueWarnings } from '../collections/Newsletters/endpoints/warnings'
import type { Newsletter } from '../payload-types'
import { seedSiteSettings } from '../seed/newsletter'
import { loadIssueContent } from './content'
import { subscriber } from './test/data'

let cms: TestCms
let nynorskOnly: Newsletter
let bilingual: Newsletter
const siteUrl = 'http://localhost:4321'

beforeAll(async () => {
  cms = await testCms()
  await seedSiteSettings(cms.payload)
  nynorskOnly = await cms.payload.create({
    collection: 'newsletters',
    locale: 'nn',
    data: { subject: 'Nyheitsbrev for desember', status: 'draft' },
  })
  bilingual = await cms.payload.create({
    collection: 'newsletters',
    locale: 'nn',
    data: { subject: 'Nyheitsbrev for januar', status: 'draft' },
  })
  await cms.payload.update({
    collection: 'newsletters',
    id: bilingual.id,
    locale: 'en',
    data: { subject: 'Newsletter for January' },
  })
  await subscriber(cms.payload, { email: 'reader@example.com', locale: 'en' })
})

describe('the edition an English subscriber gets', () => {
  it('is the English one when it was written', async () => {
    const content = await loadIssueContent(cms.payload, bilingual.id, 'en', { siteUrl })
    expect(content).toMatchObject({ locale: 'en', subject: 'Newsletter for January' })
  })

  it('is the whole Nynorsk one when there is no English edition, web link included', async () => {
    const content = await loadIssueContent(cms.payload, nynorskOnly.id, 'en', { siteUrl })
    expect(content).toMatchObject({ locale: 'nn', subject: 'Nyheitsbrev for desember' })
    const email = personalise(await compileIssue(content), {
      topics: [],
      preferencesUrl: 'https://x/p',
      unsubscribeUrl: 'https://x/u',
    })
    expect(email.html).toContain(`${siteUrl}/nyheitsbrev/arkiv/${nynorskOnly.id}/`)
    expect(email.html).not.toContain('/en/newsletter/archive/')
  })

  it('the editor is warned before sending, with the number of readers affected', async () => {
    const warnings = await issueWarnings(cms.payload, nynorskOnly)
    expect(warnings).toHaveLength(1)
    expect(warnings[0].nn).toContain('Den engelske utgåva manglar')
    expect(warnings[0].nn).toContain('1 abonnentar')
    expect(await issueWarnings(cms.payload, bilingual)).toEqual([])
  })
})
