/**
 * An event's own checks answer in the staff member's admin language: Nynorsk (the office's, and
 * everyone's until they choose English on their account page), English for those who chose it.
 * The admin sends its language as the `payload-lng` cookie; the REST API reads the same.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../../test/helpers/cms'

let cms: TestCms
let editor: string
beforeAll(async () => {
  cms = await testCms()
  editor = await cms.staff(['editor'])
})

/** Publishing (drafts skip validation), as an editor whose admin is in `language`. */
async function publishEventAs(language: 'nn' | 'en' | undefined, data: Record<string, unknown>) {
  const res = await cms.rest('/events?locale=nn', {
    method: 'POST',
    token: editor,
    headers: language ? { Cookie: `payload-lng=${language}` } : {},
    body: JSON.stringify({ title: 'Næringsfrukost', _status: 'published', ...data }),
  })
  const body = await res.json()
  return { status: res.status, messages: JSON.stringify(body.errors) }
}

describe('an event that ends before it starts', () => {
  const wrongWayRound = { startsAt: '2026-12-02T08:00:00.000Z', endsAt: '2026-12-02T07:00:00.000Z' }

  it('is refused in Nynorsk for a Nynorsk admin (the default)', async () => {
    for (const language of [undefined, 'nn'] as const) {
      const { status, messages } = await publishEventAs(language, wrongWayRound)
      expect(status).toBe(400)
      expect(messages).toContain('Arrangementet kan ikkje slutte før det byrjar')
      expect(messages).not.toContain('cannot end')
    }
  })

  it('is refused in English for staff who chose English', async () => {
    const { status, messages } = await publishEventAs('en', wrongWayRound)
    expect(status).toBe(400)
    expect(messages).toContain('The event cannot end before it starts')
    expect(messages).not.toContain('Arrangementet')
  })
})

describe('sign-up by a registration link', () => {
  const startsAt = '2026-12-02T08:00:00.000Z'
  const registration = (url: string) => ({ startsAt, registration: { method: 'url', url } })

  it('needs a web address, said in Nynorsk by default and in English when chosen', async () => {
    for (const url of ['', 'javascript:alert(1)', 'påmelding.no']) {
      const nn = await publishEventAs(undefined, registration(url))
      expect(nn.status, url).toBe(400)
      expect(nn.messages).toContain(
        'Lenkja til påmelding må vere ei nettadresse som byrjar med https:// (eller http://)',
      )
      const en = await publishEventAs('en', registration(url))
      expect(en.status, url).toBe(400)
      expect(en.messages).toContain(
        'A registration link must be a web address starting with https:// (or http://)',
      )
    }
  })

  it('takes a web address', async () => {
    const ok = await publishEventAs(undefined, registration('https://vinje.kommune.no/pamelding'))
    expect(ok.status).toBe(201)
  })
})
