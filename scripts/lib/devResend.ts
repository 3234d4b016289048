/**
 * `npm start` without RESEND_API_KEY: the fake Resend (emails/fake-resend) takes Resend's place on
 * 127.0.0.1:3025, so signing up, confirming and sending issues work end to end and nothing leaves
 * the machine; every email shows up in its outbox page. Imported FIRST by scripts/start.ts:
 * RESEND_BASE_URL must be set before the CMS config reads the environment (the admin's child
 * process inherits it too).
 */
import { loadDotEnv, readEnv } from '../../cms/env'
import { startFakeResend } from '../../emails/fake-resend'

export const DEV_RESEND_PORT = 3025

async function startDevResend(): Promise<{ outboxUrl: string } | null> {
  loadDotEnv()
  const settings = readEnv().newsletter
  // A real key sends for real; a base URL without a key is somebody else's fake: leave both alone.
  if (settings.resendApiKey || settings.resendBaseUrl) return null
  try {
    const fake = await startFakeResend({ port: DEV_RESEND_PORT, host: '127.0.0.1' })
    process.env.RESEND_BASE_URL = fake.url
    console.log(`RESEND_API_KEY is not set: emails go to the fake Resend; read them at ${fake.url}/outbox`)
    return { outboxUrl: `${fake.url}/outbox` }
  } catch (err) {
    console.warn(`The fake Resend could not listen on 127.0.0.1:${DEV_RESEND_PORT} (${(err as Error).message}): newsletter emails cannot be sent. Free the port or set RESEND_API_KEY.`)
    return null
  }
}

export const devResend = await startDevResend()
