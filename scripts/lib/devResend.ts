/**
 * `npm start` in development without RESEND_API_KEY: the fake Resend (emails/fake-resend) takes
 * Resend's place on DEV_RESEND_URL, so signing up, confirming and sending issues work end to end
 * and nothing leaves the machine; every email shows up in its outbox page. The configuration
 * (cms/env.ts) already points every process there, so nothing here depends on import order.
 */
import { DEV_RESEND_PORT, type NewsletterEnv } from '../../cms/env'
import { startFakeResend } from '../../emails/fake-resend'

export async function startDevResend(
  settings: NewsletterEnv,
): Promise<{ outboxUrl: string; close: () => Promise<void> } | null> {
  if (!settings.useDevFake) return null
  try {
    const fake = await startFakeResend({ port: DEV_RESEND_PORT, host: '127.0.0.1' })
    console.log(
      `RESEND_API_KEY is not set: emails go to the fake Resend; read them at ${fake.url}/outbox`,
    )
    return { outboxUrl: `${fake.url}/outbox`, close: fake.close }
  } catch (err) {
    console.warn(
      `The fake Resend could not listen on 127.0.0.1:${DEV_RESEND_PORT} (${(err as Error).message}): ` +
        'emails cannot be sent. Free the port or set RESEND_API_KEY.',
    )
    return null
  }
}
