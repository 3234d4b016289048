import type { NewsletterEnv } from '../../env'
import type { Messenger } from '../../../emails/send/messenger'
import { resendMessenger } from '../../../emails/send/resendMessenger'

/** Any key works against the fake; only a real key reaches Resend itself. */
export const FAKE_API_KEY = 're_fake_local_development'

/** The messenger the settings ask for: real Resend with a key, the fake when only its URL is set. */
export function messengerFromEnv(settings: NewsletterEnv): Messenger {
  if (settings.resendApiKey)
    return resendMessenger({ apiKey: settings.resendApiKey, baseUrl: settings.resendBaseUrl })
  if (settings.resendBaseUrl)
    return resendMessenger({ apiKey: FAKE_API_KEY, baseUrl: settings.resendBaseUrl })
  throw new Error(
    'RESEND_API_KEY is not set: set it in .env to send for real, set RESEND_BASE_URL to a fake Resend (`npm start` runs one in development), or use --dry-run',
  )
}
