/** Production refuses settings that work on a laptop but must not face the internet. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readEnv } from './env'

const safe = () => ({
  APP_ENV: 'production',
  PAYLOAD_SECRET: 'a'.repeat(20) + 'b'.repeat(20),
  DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'nh-env-prod-')),
  SERVER_URL: 'https://naering.vinje.example',
  SITE_URL: 'https://naering.vinje.example',
  RESEND_API_KEY: 're_live_key',
  RESEND_WEBHOOK_SECRET: 'whsec_abc',
})

describe('production settings', () => {
  it('starts with https addresses, real Resend and a webhook secret', () => {
    expect(readEnv(safe()).appEnv).toBe('production')
  })

  it.each([
    ['SERVER_URL', { SERVER_URL: 'http://naering.vinje.example' }, /SERVER_URL .*https/],
    ['SITE_URL', { SITE_URL: 'http://localhost:4321' }, /SITE_URL .*https/],
    ['the fake Resend (no key)', { RESEND_API_KEY: '' }, /RESEND_API_KEY is not set/],
    [
      'the fake Resend (its address)',
      { RESEND_BASE_URL: 'http://127.0.0.1:3025' },
      /RESEND_BASE_URL/,
    ],
    [
      'webhooks without a secret',
      { RESEND_WEBHOOK_SECRET: '' },
      /RESEND_WEBHOOK_SECRET is not set/,
    ],
    ['an unreadable TRUST_PROXY', { TRUST_PROXY: 'caddy' }, /TRUST_PROXY/],
  ])('refuses %s, naming the setting', (_, change, message) => {
    expect(() => readEnv({ ...safe(), ...change })).toThrow(message)
  })

  it('development keeps working with http and the fake Resend', () => {
    const dev = readEnv({ DATA_DIR: safe().DATA_DIR })
    expect(dev.newsletter.useDevFake).toBe(true)
    expect(dev.trustProxy).toBeNull()
    expect(readEnv({ DATA_DIR: safe().DATA_DIR, TRUST_PROXY: '1' }).trustProxy).toEqual({ hops: 1 })
  })
})
