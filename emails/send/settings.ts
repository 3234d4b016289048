import { env } from '../../cms/env'
import { messengerFromEnv } from './messengerFromEnv'
import type { SendSettings } from './types'

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
    ...overrides,
  }
}
