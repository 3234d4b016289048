/**
 * Privacy by default, checked through the REST and GraphQL handlers the admin server mounts and
 * through the Local API with access rules applied.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { filledByHooks } from '../../test/helpers/docs'

let cms: TestCms
let editor: string
let advisor: string
let listedId: number

const STAFF_ONLY = ['contactPerson', 'developmentPlan', 'needs', 'meetingLog']

beforeAll(async () => {
  cms = await testCms()
  const { payload } = cms
  editor = await cms.staff(['editor'])
  advisor = await cms.staff(['advisor'])
  const topic = await payload.create({
    collection: 'topics',
    data: { name: 'Digitalisering', slug: 'digitalisering' },
  })
  const adv = await payload.find({ collection: 'users', where: { roles: { contains: 'advisor' } } })
  const listed = await payload.create({
    collection: 'businesses',
    data: {
      name: 'Haukeli Sag AS',
      orgNumber: '923609016',
      listed: true,
      contactPerson: adv.docs[0].id,
      developmentPlan: [
        {
          goal: 'Hemmeleg mål om nettbutikk',
          actions: [{ text: 'Lage nettbutikk', status: 'planned' }],
        },
      ],
      needs: [
        { topic: topic.id, priority: 'high', note: 'Treng hjelp med digital marknadsføring' },
      ],
      meetingLog: [{ date: '2026-10-01T10:00:00.000Z', summary: 'Fortruleg samtale om økonomi' }],
    },
  })
  listedId = listed.id
  await payload.create({
    collection: 'businesses',
    data: { name: 'Ulista AS', orgNumber: '974760673', listed: false },
  })
  await payload.create({
    collection: 'subscribers',
    data: { email: 'ola@example.no', status: 'confirmed', locale: 'nn' },
  })
  await payload.create({
    collection: 'articles',
    data: filledByHooks({ title: 'Publisert sak', _status: 'published' }),
  })
  await payload.create({
    collection: 'articles',
    draft: true,
    data: { title: 'Hemmeleg utkast', _status: 'draft' },
  })
  await payload.create({
    collection: 'events',
    draft: true,
    data: {
      title: 'Utkast-møte',
      kind: 'other',
      startsAt: '2026-12-01T08:00:00.000Z',
      _status: 'draft',
    },
  })
  await payload.create({
    collection: 'newsletters',
    data: { subject: 'Intern utgåve', status: 'draft' },
  })
})

describe('anonymous visitors over REST', () => {
  it('get no subscribers', async () => {
    const res = await cms.rest('/subscribers')
    expect(res.status).toBe(403)
    const byId = await cms.rest('/subscribers/1')
    expect(byId.status).toBeGreaterThanOrEqual(400)
    expect(JSON.stringify(await byId.json())).not.toContain('ola@example.no')
  })

  it('get no drafts, even when asking for them', async () => {
    for (const path of ['/articles', '/articles?draft=true', '/events?draft=true']) {
      const body = await (await cms.rest(path)).json()
      expect(JSON.stringify(body)).not.toMatch(/Hemmeleg utkast|Utkast-møte/)
    }
    const articles = await (await cms.rest('/articles')).json()
    expect(articles.docs.map((d: { title: string }) => d.title)).toEqual(['Publisert sak'])
  })

  it('get listed businesses only, without any staff-only field', async () => {
    const body = await (await cms.rest('/businesses?depth=2')).json()
    expect(body.docs.map((d: { name: string }) => d.name)).toEqual(['Haukeli Sag AS'])
    for (const field of STAFF_ONLY) expect(body.docs[0]).not.toHaveProperty(field)
    expect(JSON.stringify(body)).not.toMatch(/Hemmeleg mål|Fortruleg|digital marknadsføring/)
  })

  it('cannot probe staff-only fields through a where query', async () => {
    const res = await cms.rest('/businesses?where[developmentPlan.goal][like]=nettbutikk')
    const body = await res.json()
    expect(res.status === 403 || body.docs?.length === 0 || res.status === 400).toBe(true)
  })

  it('see only sent newsletters', async () => {
    const body = await (await cms.rest('/newsletters')).json()
    expect(body.docs).toEqual([])
  })
})

describe('GraphQL (switched off: nothing of ours uses it, and one query could stall the CMS)', () => {
  it('answers anonymous visitors 404 with no subscribers and no staff-only business fields', async () => {
    const subs = await cms.graphql('{ Subscribers { docs { email } } }')
    expect(subs.status).toBe(404)
    expect(subs.text).not.toContain('ola@example.no')
    const biz = await cms.graphql(
      '{ Businesses { docs { name developmentPlan { goal } meetingLog { summary } } } }',
    )
    expect(biz.status).toBe(404)
    expect(biz.text).not.toMatch(/Hemmeleg mål|Fortruleg/)
  })

  it('an alias-amplified query is refused at once, and the REST API answers meanwhile', async () => {
    const query = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: countTopics { totalDocs }`).join(' ')} }`
    const [gql, rest] = await Promise.all([cms.graphql(query), cms.rest('/topics')])
    expect(gql.status).toBe(404)
    expect(rest.status).toBe(200)
  })

  it('answers staff 404 too, and no playground is served', async () => {
    expect((await cms.graphql('{ Users { docs { email } } }', editor)).status).toBe(404)
    expect((await cms.rest('/graphql-playground')).status).toBe(404)
  })
})

describe('staff roles', () => {
  it('an editor reads businesses but not development plans, needs, meeting log or contact person', async () => {
    const body = await (await cms.rest(`/businesses/${listedId}`, { token: editor })).json()
    expect(body.name).toBe('Haukeli Sag AS')
    for (const field of STAFF_ONLY) expect(body).not.toHaveProperty(field)
    const gql = await cms.graphql(
      `{ Business(id: ${listedId}) { name developmentPlan { goal } } }`,
      editor,
    )
    expect(gql.status).toBe(404)
    expect(gql.text).not.toContain('Hemmeleg mål')
  })

  it('an advisor reads the development plan, needs and meeting log', async () => {
    const body = await (await cms.rest(`/businesses/${listedId}`, { token: advisor })).json()
    expect(body.developmentPlan[0].goal).toBe('Hemmeleg mål om nettbutikk')
    expect(body.needs[0].priority).toBe('high')
    expect(body.meetingLog[0].summary).toMatch(/Fortruleg/)
    expect(body.contactPerson).toBeTruthy()
  })

  it('an editor cannot write a development plan', async () => {
    await cms.rest(`/businesses/${listedId}`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ developmentPlan: [{ goal: 'Overskrive' }] }),
    })
    const doc = await cms.payload.findByID({ collection: 'businesses', id: listedId })
    expect(doc.developmentPlan?.[0]?.goal).toBe('Hemmeleg mål om nettbutikk')
  })

  it('an editor reads subscribers; an advisor does not', async () => {
    expect((await (await cms.rest('/subscribers', { token: editor })).json()).totalDocs).toBe(1)
    expect((await cms.rest('/subscribers', { token: advisor })).status).toBe(403)
  })

  it('the Local API with overrideAccess: false applies the same field rules', async () => {
    const users = await cms.payload.find({
      collection: 'users',
      where: { roles: { contains: 'editor' } },
    })
    const editorUser = { ...users.docs[0], collection: 'users' as const }
    const asEditor = await cms.payload.findByID({
      collection: 'businesses',
      id: listedId,
      overrideAccess: false,
      user: editorUser,
    })
    expect(asEditor).not.toHaveProperty('developmentPlan')
    const anonymous = await cms.payload
      .find({ collection: 'subscribers', overrideAccess: false })
      .catch((e) => e)
    expect(anonymous).toBeInstanceOf(Error)
  })

  it('nobody but an admin can give themselves a role', async () => {
    const me = await (await cms.rest('/users/me', { token: editor })).json()
    await cms.rest(`/users/${me.user.id}`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ roles: ['admin'] }),
    })
    const after = await cms.payload.findByID({ collection: 'users', id: me.user.id })
    expect(after.roles).toEqual(['editor'])
  })
})

describe('business support data: plan, needs, meeting log, contact person, needs submissions', () => {
  it('anonymous GraphQL (off) gets none of them, nor the contact person through a join', async () => {
    const gql = await cms.graphql(
      '{ Businesses { docs { name needs { note priority } contactPerson { email name } meetingLog { summary } } } }',
    )
    expect(gql.status).toBe(404)
    expect(gql.text).not.toMatch(
      /digital marknadsføring|Fortruleg|@vinje\.example|"priority":"high"/,
    )
  })

  it('an editor over GraphQL (off) gets none of them', async () => {
    const gql = await cms.graphql(
      `{ Business(id: ${listedId}) { name needs { note } meetingLog { summary } contactPerson { email } } }`,
      editor,
    )
    expect(gql.status).toBe(404)
    expect(gql.text).not.toMatch(/digital marknadsføring|Fortruleg|@vinje\.example/)
  })

  it('nobody without access can find businesses by what their needs, meetings or contact person say', async () => {
    for (const [query, token] of [
      ['where[needs.note][like]=marknadsføring', undefined],
      ['where[meetingLog.summary][like]=Fortruleg', undefined],
      ['where[contactPerson][exists]=true', undefined],
      ['where[needs.note][like]=marknadsføring', editor],
    ] as const) {
      const res = await cms.rest(`/businesses?${query}`, { token })
      const body = await res.json()
      expect(res.status === 403 || res.status === 400 || body.docs?.length === 0, query).toBe(true)
    }
  })

  it('an editor cannot write needs, the meeting log or the contact person', async () => {
    await cms.rest(`/businesses/${listedId}`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ needs: [], meetingLog: [], contactPerson: null }),
    })
    const doc = await cms.payload.findByID({ collection: 'businesses', id: listedId, depth: 0 })
    expect(doc.needs?.[0]?.note).toBe('Treng hjelp med digital marknadsføring')
    expect(doc.meetingLog?.[0]?.summary).toMatch(/Fortruleg/)
    expect(doc.contactPerson).toEqual(expect.any(Number))
  })

  it('needs-survey submissions are read by advisors and admins only', async () => {
    await cms.payload.create({
      collection: 'needs-submissions',
      data: {
        orgNumber: '923609016',
        contactName: 'Ola',
        contactEmail: 'ola@haukeli.example',
        text: 'Hemmeleg behov',
        status: 'unreviewed',
      },
    })
    expect((await cms.rest('/needs-submissions')).status).toBe(403)
    expect((await cms.rest('/needs-submissions', { token: editor })).status).toBe(403)
    for (const gql of [
      await cms.graphql('{ NeedsSubmissions { docs { text contactEmail } } }'),
      await cms.graphql('{ NeedsSubmissions { docs { text } } }', editor),
    ]) {
      expect(gql.status).toBe(404)
      expect(gql.text).not.toContain('Hemmeleg behov')
    }
    const asAdvisor = await (await cms.rest('/needs-submissions', { token: advisor })).json()
    expect(asAdvisor.docs.map((d: { text: string }) => d.text)).toContain('Hemmeleg behov')
  })
})
