import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readEnv } from '../../env'
import { messengerFromEnv } from './messengerFromEnv'

const base = () =>
  ({
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'nh-newsletter-env-')),
    PAYLOAD_SECRET: 'x'.repeat(40),
  }) as unknown as NodeJS.ProcessEnv

describe('newsletter settings (cms/env.ts)', () => {
  it('has working defaults: 2 requests/s, 5 retries, 15 s timeout, a link secret derived from PAYLOAD_SECRET', () => {
    const n = readEnv(base()).newsletter
    expect(n).toMatchObject({
      sendRatePerSecond: 2,
      maxRetries: 5,
      requestTimeoutMs: 15_000,
      unsubscribeMailto: 'unsubscribe@vinje.example',
      linkSecretSource: 'derived',
    })
    expect(n.linkSecret).toHaveLength(64)
    expect(n.linkSecret).not.toContain('x'.repeat(10))
  })

  it('names the variable when a value is wrong', () => {
    expect(() => readEnv({ ...base(), NEWSLETTER_SEND_RATE: 'fast' })).toThrow(
      /NEWSLETTER_SEND_RATE is "fast": use a number from 0.1 to 1000/,
    )
    expect(() => readEnv({ ...base(), EMAIL_FROM: 'Næringskontoret' })).toThrow(
      /EMAIL_FROM is "Næringskontoret"/,
    )
    expect(() => readEnv({ ...base(), NEWSLETTER_LINK_SECRET: 'short' })).toThrow(
      /NEWSLETTER_LINK_SECRET is too weak/,
    )
    expect(() => readEnv({ ...base(), RESEND_BASE_URL: 'not a url' })).toThrow(/RESEND_BASE_URL/)
  })

  it('sends nothing without RESEND_API_KEY or a fake to send to, and says what to do', () => {
    const outsideDevelopment = { ...base(), APP_ENV: 'test' } as NodeJS.ProcessEnv
    expect(() => messengerFromEnv(readEnv(outsideDevelopment).newsletter)).toThrow(
      /RESEND_API_KEY is not set: set it in .env .*--dry-run/,
    )
    expect(
      messengerFromEnv(readEnv({ ...base(), RESEND_BASE_URL: 'http://127.0.0.1:3025' }).newsletter)
        .name,
    ).toBe('Resend (http://127.0.0.1:3025)')
    expect(
      messengerFromEnv(readEnv({ ...base(), RESEND_API_KEY: 're_live' }).newsletter).name,
    ).toBe('Resend')
  })

  it('in development without a key, every process sends to the fake that npm start runs', () => {
    const n = readEnv(base()).newsletter
    expect(n.useDevFake).toBe(true)
    expect(messengerFromEnv(n).name).toBe('Resend (http://127.0.0.1:3025)')
    expect(readEnv({ ...base(), RESEND_API_KEY: 're_live' }).newsletter.useDevFake).toBe(false)
  })
})
