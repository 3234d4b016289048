/**
 * The public needs survey through Payload's real REST handler: what the site's form and scripts
 * send, what they get back, and what lands in the CMS.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import { env } from '../env'
import { loadMatchingInput } from '../matching/loadMatchingInput'
import { needsSurveyRateLimiter } from './needsSurvey'

let cms: TestCms
let digital: number
let hms: number
let ip = 0

beforeAll(async () => {
  cms = await testCms()
  digital = (
    await cms.payload.create({
      collection: 'topics',
      data: { name: 'Digitalisering', slug: 'digitalisering' },
    })
  ).id
  hms = (await cms.payload.create({ collection: 'topics', data: { name: 'HMS', slug: 'hms' } })).id
  await cms.payload.create({
    collection: 'businesses',
    data: { name: 'Vinje Bygg AS', orgNumber: '921300018' },
    context: { skipSiteBuild: true },
  })
})
beforeEach(() => needsSurveyRateLimiter.reset())

const valid = {
  orgNumber: '921 300 018',
  contactName: 'Kari Nordmann',
  contactEmail: 'Kari@Vinjebygg.example',
  contactPhone: '+47 900 00 000',
  topics: ['digitalisering', 'hms'],
  text: 'Vi treng hjelp med nettbutikk.',
}

/** Each call from its own address unless told, so the rate limit only bites where tested. */
function post(body: string, contentType: string, address = `10.0.0.${++ip}`) {
  return cms.rest('/needs-survey', {
    method: 'POST',
    body,
    headers: { 'Content-Type': contentType, 'X-Forwarded-For': address },
  })
}
const postJson = (data: Record<string, unknown>, address?: string) =>
  post(JSON.stringify(data), 'application/json', address)
function postForm(data: Record<string, string | string[]>, address?: string) {
  const form = new URLSearchParams()
  for (const [k, v] of Object.entries(data)) for (const x of [v].flat()) form.append(k, x)
  return post(form.toString(), 'application/x-www-form-urlencoded', address)
}
const stored = async () =>
  (
    await cms.payload.find({
      collection: 'needs-submissions',
      pagination: false,
      depth: 0,
      sort: 'createdAt',
    })
  ).docs
const site = env().siteUrl

describe('a valid submission', () => {
  it('from the form: stored as unreviewed, linked to the business, and a 303 to the thank-you page', async () => {
    const before = (await stored()).length
    const res = await postForm({ ...valid, locale: 'nn', website: '' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${site}/behov/takk/`)
    const all = await stored()
    expect(all.length).toBe(before + 1)
    expect(all.at(-1)).toMatchObject({
      orgNumber: '921300018',
      businessName: 'Vinje Bygg AS',
      contactName: 'Kari Nordmann',
      contactEmail: 'kari@vinjebygg.example',
      contactPhone: '+47 900 00 000',
      topics: [digital, hms],
      text: 'Vi treng hjelp med nettbutikk.',
      status: 'unreviewed',
    })
    expect(all.at(-1)!.business).toEqual(expect.any(Number))
  })

  it('as JSON: 201 with a message; an unknown business is stored without a link and the answer does not tell', async () => {
    const res = await postJson({ ...valid, orgNumber: '974760673', topics: ['hms'], locale: 'en' })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({
      message: 'Thank you! We have received your message and will be in touch.',
    })
    expect((await stored()).at(-1)).toMatchObject({
      orgNumber: '974760673',
      business: null,
      topics: [hms],
      // The admin lists it by who sent it, not by a bare number.
      businessName: 'Kari Nordmann (org.nr. 974760673)',
    })
  })

  it('from the English form: to the English thank-you page', async () => {
    const res = await postForm({ ...valid, locale: 'en' })
    expect(res.headers.get('location')).toBe(`${site}/en/needs/thanks/`)
  })
})

describe('what the advisor sees afterwards', () => {
  it("the topics become the business's needs: on its record and in the matching report", async () => {
    const res = await postJson({ ...valid, text: 'Vi vil lære oss rekneskap.', locale: 'nn' })
    expect(res.status).toBe(201)
    const business = (
      await cms.payload.find({
        collection: 'businesses',
        where: { orgNumber: { equals: '921300018' } },
        depth: 0,
      })
    ).docs[0]
    const topicsNeeded = (business.needs ?? []).map((n) => n.topic)
    expect(topicsNeeded).toEqual(expect.arrayContaining([digital, hms]))
    // Each topic once, however often the business answers.
    expect(topicsNeeded.filter((t) => t === hms)).toHaveLength(1)
    expect(business.needs!.at(-1)!.note).toContain('behovsundersøkinga')
    const input = await loadMatchingInput(cms.payload)
    const inReport = input.businesses.find((b) => b.id === business.id)
    expect(inReport?.needs.map((n) => n.topic)).toEqual(expect.arrayContaining([digital, hms]))
  })
})

describe('bad input: 4xx with a clear message, nothing stored', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'no organisation number',
      { orgNumber: '' },
      'orgNumber',
      /organisasjonsnummeret til verksemda/,
    ],
    ['8 digits', { orgNumber: '92130001' }, 'orgNumber', /9 siffer/],
    ['a wrong check digit', { orgNumber: '921300019' }, 'orgNumber', /ikkje gyldig/],
    ['no name', { contactName: '  ' }, 'contactName', /namnet ditt/],
    ['a bad email', { contactEmail: 'kari@' }, 'contactEmail', /gyldig e-postadresse/],
    [
      'letters in the phone number',
      { contactPhone: 'ring meg' },
      'contactPhone',
      /Telefonnummeret/,
    ],
    ['an unknown topic', { topics: ['hms', 'romfart'] }, 'topics', /finst ikkje lenger/],
    ['neither topics nor text', { topics: [], text: '' }, 'topics', /minst eitt tema/],
    ['a text too long', { text: 'x'.repeat(5001) }, 'text', /høgst 5000 teikn/],
  ]
  for (const [what, change, field, message] of cases) {
    it(`${what} (JSON: 400)`, async () => {
      const before = (await stored()).length
      const res = await postJson({ ...valid, ...change })
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(body.field).toBe(field)
      expect(body.error).toMatch(message)
      expect((await stored()).length).toBe(before)
    })
  }

  it("from the form: a page with the status, the message in the reader's language and a way back", async () => {
    const before = (await stored()).length
    const res = await postForm({ ...valid, contactEmail: 'ikkje-epost', locale: 'en' })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('Enter a valid email address.')
    expect(html).toContain(`href="${site}/en/needs/"`)
    expect(html).not.toMatch(/<script|onclick/)
    expect((await stored()).length).toBe(before)
  })

  it('a body over 64 KB is refused with 413', async () => {
    const before = (await stored()).length
    const res = await postJson({ ...valid, text: 'x'.repeat(70 * 1024) })
    expect(res.status).toBe(413)
    expect((await res.json()).error).toMatch(/larger than 64 KB/)
    expect((await stored()).length).toBe(before)
  })

  it('another content type is refused with 415, naming the accepted ones', async () => {
    const res = await post('orgNumber=921300018', 'text/plain')
    expect(res.status).toBe(415)
    expect((await res.json()).error).toMatch(
      /application\/x-www-form-urlencoded .*application\/json/,
    )
    const multipart = await post('--x\r\n', 'multipart/form-data; boundary=x')
    expect(multipart.status).toBe(415)
  })

  it('broken JSON gets 400', async () => {
    const res = await post('{"orgNumber": ', 'application/json')
    expect(res.status).toBe(400)
    expect((await res.json()).error).toBe('The body is not valid JSON')
  })
})

describe('protection against bots and floods', () => {
  it('a filled honeypot gets the usual answer and nothing is stored', async () => {
    const before = (await stored()).length
    const res = await postForm({ ...valid, website: 'http://spam.example' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${site}/behov/takk/`)
    expect((await stored()).length).toBe(before)
  })

  it('the sixth post from one address within ten minutes gets 429 with Retry-After', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++)
      statuses.push((await postJson({ ...valid, text: `Melding ${i}` }, '192.0.2.7')).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const res = await postJson(valid, '192.0.2.7')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await res.json()).error).toMatch(/For mange innsendingar/)
    expect((await postJson(valid, '192.0.2.8')).status).toBe(201)
  })
})

describe('who can read the submissions', () => {
  it('not anonymous visitors or editors; advisors can', async () => {
    expect((await cms.rest('/needs-submissions')).status).toBe(403)
    const editor = await cms.staff(['editor'])
    expect((await cms.rest('/needs-submissions', { token: editor })).status).toBe(403)
    const gql = await cms.graphql('{ NeedsSubmissions { docs { contactEmail } } }', editor)
    expect(JSON.stringify(gql)).not.toContain('vinjebygg.example')
    const advisor = await cms.staff(['advisor'])
    const body = await (await cms.rest('/needs-submissions', { token: advisor })).json()
    expect(body.totalDocs).toBeGreaterThan(0)
  })
})
