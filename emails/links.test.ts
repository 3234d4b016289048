import { describe, expect, it } from 'vitest'

import { InsecureUnsubscribeUrlError, listUnsubscribeHeaders, unsubscribeLinks } from './links'

const settings = (serverUrl: string, production: boolean) => ({
  serverUrl,
  linkSecret: 'x'.repeat(64),
  unsubscribeMailto: 'unsubscribe@vinje.example',
  production,
})
const kari = { id: 7, email: 'kari@example.no' }

describe('one-click unsubscribe links (RFC 8058)', () => {
  it('in production, refuses an http address instead of putting it in List-Unsubscribe', () => {
    expect(() => unsubscribeLinks(settings('http://cms.vinje.example', true), kari, 3)).toThrow(
      InsecureUnsubscribeUrlError,
    )
    expect(() => listUnsubscribeHeaders(settings('http://cms.vinje.example', true), kari)).toThrow(
      /RFC 8058 needs https.*SERVER_URL/,
    )
  })

  it('in production with https, and in development with http, gives the one-click headers', () => {
    const https = unsubscribeLinks(settings('https://cms.vinje.example', true), kari, 3)
    expect(https.headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/cms\.vinje\.example\/api\/newsletter\/unsubscribe\?token=[\w.-]+>, <mailto:/,
    )
    expect(https.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const dev = unsubscribeLinks(settings('http://localhost:3000', false), kari, 3)
    expect(dev.url).toMatch(/^http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?token=/)
  })
})
