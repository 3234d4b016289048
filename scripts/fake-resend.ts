/**
 * One part of `npm start` in development without RESEND_API_KEY: the fake Resend, so every email
 * lands in its outbox instead of leaving the machine. Ends quietly (exit 0: not restarted) when
 * it is not wanted or its port is taken.
 */
import { env } from '../cms/env'
import { startDevResend } from './lib/devResend'
import { onStop } from './lib/listen'

const fake = await startDevResend(env().newsletter)
if (!fake) process.exit(0)
onStop(fake.close)
