/**
 * Guidance requests end to end on the real CMS and the fake Resend: the public form's protections,
 * the case it becomes (linked business or new entrepreneur, an advisor in turn), the receipt, the
 * advisor's reply reaching the requester's inbox, the dashboard, and who may read cases.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { newsletterTestbed, type Testbed } from '../newsletter/test/harness'
import { loadAdvisorDashboard } from '../advisor/loadAdvisorDashboard'
import { guidancePerAddress, guidancePerClient } from './endpoints/submit'

let bed: Testbed
let editor: string
let advisorToken: string
let advisors: number[]
let ip = 0

const valid = {
  topic: 'funding',
  description: 'Vi vil søkje om tilskot til ny sag.',
  contactWay: 'phone',
  contactTimes: 'Formiddag',
  orgNumber: '923 609 016',
  name: 'Hege Haukeli',
  email: 'Hege@Haukeli.example',
  phone: '+47 900 00 001',
  consent: 'yes',
}
const post = (
  data: Record<string, string>,
  type = 'application/x-www-form-urlencoded',
  address = `10.3.0.${++ip}`,
) =>
  bed.cms.rest('/guidance-requests', {
    method: 'POST',
    body: type === 'application/json' ? JSON.stringify(data) : new URLSearchParams(data).toString(),
    headers: { 'Content-Type': type, 'X-Forwarded-For': address },
  })
const cases = async () =>
  (
    await bed.cms.payload.find({
      collection: 'guidance-requests',
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs
const emailsTo = (address: string) => bed.fake.messages.filter((m) => m.to.includes(address))

beforeAll(async () => {
  bed = await newsletterTestbed()
  editor = await bed.cms.staff(['editor'])
  advisorToken = await bed.cms.staff(['advisor'], 'ada@vinje.example')
  await bed.cms.staff(['advisor'], 'bo@vinje.example')
  advisors = (
    await bed.cms.payload.find({
      collection: 'users',
      where: { roles: { in: ['advisor'] } },
      sort: 'id',
    })
  ).docs.map((u) => u.id)
  await bed.cms.payload.create({
    collection: 'businesses',
    data: { name: 'Haukeli Sag AS', orgNumber: '923609016', contactPerson: advisors[1] },
    context: { skipSiteBuild: true },
  })
})
afterAll(() => bed?.close())
beforeEach(() => {
  guidancePerClient.reset()
  guidancePerAddress.reset()
})

describe('the public form', () => {
  it('stores a case linked to the business, with its contact person as advisor, and sends a receipt', async () => {
    const res = await post(valid)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Takk, vi har fått førespurnaden')
    const [first] = await cases()
    expect(first).toMatchObject({
      status: 'new',
      orgNumber: '923609016',
      email: 'hege@haukeli.example',
      advisor: advisors[1],
    })
    expect(first.business).toEqual(expect.any(Number))
    const receipt = emailsTo('hege@haukeli.example')[0]
    expect(receipt.subject).toBe('Vi har fått førespurnaden din')
    expect(receipt.text).toContain('Vi vil søkje om tilskot til ny sag.')
  })

  it('a founder not registered yet gets a new entrepreneur record; advisors take unlinked cases in turn', async () => {
    for (const who of ['a', 'b'])
      expect(
        (
          await post(
            {
              ...valid,
              orgNumber: '',
              notRegistered: 'yes',
              email: `${who}@founder.example`,
              name: `Gründar ${who}`,
            },
            'application/json',
          )
        ).status,
      ).toBe(201)
    const [a, b] = (await cases()).slice(-2)
    const business = await bed.cms.payload.findByID({
      collection: 'businesses',
      id: a.business as number,
    })
    expect(business).toMatchObject({ name: 'Gründar a (gründar)', listed: false })
    expect(business.orgNumber ?? null).toBeNull()
    expect(new Set([a.advisor, b.advisor])).toEqual(new Set(advisors))
  })

  it('refuses with the field named and nothing stored: no topic, no consent, no org number, honeypot, rate limit', async () => {
    const before = (await cases()).length
    const noTopic = await post({ ...valid, topic: 'x', locale: 'en' }, 'application/json')
    expect(await noTopic.json()).toEqual({
      error: 'Choose what the request is about.',
      field: 'topic',
    })
    const noConsent = await post({ ...valid, consent: '' }, 'application/json')
    expect((await noConsent.json()).field).toBe('consent')
    const noOrg = await post({ ...valid, orgNumber: '' }, 'application/json')
    expect((await noOrg.json()).field).toBe('orgNumber')
    const html = await post({ ...valid, name: '' })
    expect(html.status).toBe(400)
    expect(await html.text()).toContain('/hjelp/')
    const bot = await post({ ...valid, website: 'x' })
    expect(bot.status).toBe(200)
    const same = '10.3.9.9'
    for (let i = 0; i < 5; i++)
      await post({ ...valid, email: `r${i}@rate.example` }, 'application/json', same)
    const limited = await post({ ...valid, email: 'r9@rate.example' }, 'application/json', same)
    expect(limited.status).toBe(429)
    expect((await cases()).length).toBe(before + 5)
  })
})

describe('the case in the admin', () => {
  it('an advisor’s reply reaches the requester’s inbox and moves the case to in progress', async () => {
    const [first] = await cases()
    const res = await bed.cms.rest(`/guidance-requests/${first.id}`, {
      method: 'PATCH',
      token: advisorToken,
      body: JSON.stringify({
        thread: [{ direction: 'out', text: 'Vi kan møtast tysdag kl. 10.' }],
      }),
    })
    expect(res.status).toBe(200)
    const updated = await bed.cms.payload.findByID({
      collection: 'guidance-requests',
      id: first.id,
    })
    expect(updated.status).toBe('in-progress')
    expect(updated.thread?.[0].sentAt).toBeTruthy()
    const reply = emailsTo('hege@haukeli.example').at(-1)!
    expect(reply.subject).toContain('Svar frå')
    expect(reply.text).toContain('Vi kan møtast tysdag kl. 10.')
    expect(reply.replyTo).toEqual(['ada@vinje.example'])
    // Saved again, the reply is not sent twice.
    const count = emailsTo('hege@haukeli.example').length
    await bed.cms.rest(`/guidance-requests/${first.id}`, {
      method: 'PATCH',
      token: advisorToken,
      body: JSON.stringify({ thread: updated.thread, status: 'meeting-booked' }),
    })
    expect(emailsTo('hege@haukeli.example').length).toBe(count)
  })

  it('shows on the advisor’s dashboard with days since received', async () => {
    const ada = (
      await bed.cms.payload.find({
        collection: 'users',
        where: { email: { equals: 'ada@vinje.example' } },
      })
    ).docs[0]
    const later = new Date(Date.now() + 3 * 86_400_000)
    const d = await loadAdvisorDashboard(bed.cms.payload, {
      user: { ...ada, collection: 'users' },
      now: later,
    })
    expect(d.guidance.length).toBeGreaterThan(0)
    expect(d.guidance.every((g) => g.advisor === ada.id || g.advisor === null)).toBe(true)
    expect(d.guidance[0].daysSinceReceived).toBe(3)
  })

  it('cases are for advisors and admins only: not anonymous visitors, not editors', async () => {
    expect((await bed.cms.rest('/guidance-requests')).status).toBe(403)
    expect((await bed.cms.rest('/guidance-requests', { token: editor })).status).toBe(403)
    const asAdvisor = await bed.cms.rest('/guidance-requests', { token: advisorToken })
    expect((await asAdvisor.json()).totalDocs).toBeGreaterThan(0)
  })
})

describe('assignment by topic', () => {
  let admin: string
  let ada: number
  let bo: number
  let cy: number
  const founder = (topic: string, who: string) =>
    post(
      { ...valid, topic, orgNumber: '', notRegistered: 'yes', email: `${who}@topic.example` },
      'application/json',
    )
  const setTopics = (id: number, guidanceTopics: string[], token: string) =>
    bed.cms.rest(`/users/${id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ guidanceTopics }),
    })
  const topicsOf = async (id: number) =>
    (await bed.cms.payload.findByID({ collection: 'users', id, depth: 0 })).guidanceTopics ?? []

  beforeAll(async () => {
    admin = await bed.cms.staff(['admin'])
    await bed.cms.staff(['advisor'], 'cy@vinje.example')
    const ids = (
      await bed.cms.payload.find({
        collection: 'users',
        where: { roles: { in: ['advisor'] } },
        sort: 'id',
      })
    ).docs.map((u) => u.id)
    ;[ada, bo, cy] = ids
  })

  it('topics are set by admins only, and only staff see them', async () => {
    expect((await setTopics(ada, ['export'], advisorToken)).status).toBe(200)
    expect(await topicsOf(ada)).toEqual([])
    expect((await setTopics(ada, ['export'], admin)).status).toBe(200)
    expect((await setTopics(cy, ['export', 'funding'], admin)).status).toBe(200)
    expect((await setTopics(bo, ['digitalisation'], admin)).status).toBe(200)
    expect(await topicsOf(cy)).toEqual(['export', 'funding'])

    await bed.cms.rest(`/users/${ada}`, {
      method: 'PATCH',
      token: admin,
      body: JSON.stringify({ showOnContactPage: true }),
    })
    const asPublic = await (await bed.cms.rest(`/users/${ada}`)).json()
    expect(asPublic.name).toBeTruthy()
    expect(asPublic).not.toHaveProperty('guidanceTopics')
    const asEditor = await (await bed.cms.rest(`/users/${ada}`, { token: editor })).json()
    expect(asEditor.guidanceTopics).toEqual(['export'])
  })

  it('a request goes to the advisors responsible for its topic, in turn', async () => {
    for (const who of ['e1', 'e2', 'e3']) expect((await founder('export', who)).status).toBe(201)
    const exports = (await cases()).slice(-3).map((c) => c.advisor)
    expect(new Set(exports)).toEqual(new Set([ada, cy]))
    expect(exports[0]).not.toBe(exports[1])
    expect(exports[2]).toBe(exports[0])

    expect((await founder('digitalisation', 'd1')).status).toBe(201)
    expect((await cases()).at(-1)!.advisor).toBe(bo)
  })

  it('the business’s contact person comes first; a topic nobody has goes to all advisors in turn', async () => {
    // Haukeli Sag AS has bo as its contact person, who does not answer for export.
    expect((await post({ ...valid, topic: 'export', email: 'x@haukeli.example' })).status).toBe(200)
    expect((await cases()).at(-1)!.advisor).toBe(bo)

    for (const who of ['o1', 'o2', 'o3']) expect((await founder('other', who)).status).toBe(201)
    const others = (await cases()).slice(-3).map((c) => c.advisor)
    expect(new Set(others)).toEqual(new Set([ada, bo, cy]))
  })
})
