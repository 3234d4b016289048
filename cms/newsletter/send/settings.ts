import { env } from '../../env'
import { messengerFromEnv } from './messengerFromEnv'
import type { SendSettings } from '../../../emails/send/types'

/** Resend keeps an idempotency key 24 h; an hour less leaves room for clocks and slow batches. */
export const KEY_WINDOW_MS = 23 * 3600_000
/** Renewed before every request; a sender silent this long is gone (or was stuck). */
export const LEASE_MS = 60_000

/** Sending settings from the environment (cms/env.ts), with any of them overridden. */
export function sendSettingsFromEnv(overrides: Partial<SendSettings> = {}): SendSettings {
  const config = env()
  const n = config.newsletter
  return {
    messenger: overrides.messenger ?? messengerFromEnv(n),
    from: n.emailFrom,
    serverUrl: config.serverUrl,
    siteUrl: config.siteUrl,
    linkSecret: n.linkSecret,
    unsubscribeMailto: n.unsubscribeMailto,
    ratePerSecond: n.sendRatePerSecond,
    maxRetries: n.maxRetries,
    requestTimeoutMs: n.requestTimeoutMs,
    retryBaseMs: 1000,
    stopAfterFailedBatches: 3,
    production: config.appEnv === 'production',
    keyWindowMs: KEY_WINDOW_MS,
    leaseMs: LEASE_MS,
    ...overrides,
  }
}
