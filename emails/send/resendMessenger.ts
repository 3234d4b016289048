/** The Resend adapter: the `resend` SDK's batch and single-send calls, with a timeout on each. */
import { type CreateEmailOptions, Resend } from 'resend'

import type { Messenger, OutgoingEmail, SendOutcome } from './messenger'

interface ResendAnswer {
  data: unknown
  error: { statusCode: number | null; name: string; message: string } | null
  headers: Record<string, string> | null
}

const toResend = (e: OutgoingEmail): CreateEmailOptions => ({
  from: e.from,
  to: [e.to],
  subject: e.subject,
  html: e.html,
  text: e.text,
  ...(e.replyTo ? { replyTo: e.replyTo } : {}),
  ...(e.headers ? { headers: e.headers } : {}),
  ...(e.tags ? { tags: e.tags } : {}),
})

/** retry-after is seconds (or an HTTP date); without it, one second. */
function retryAfterMs(headers: Record<string, string> | null): number {
  const value = headers?.['retry-after']
  if (!value) return 1000
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000
}

/** The SDK never throws: every failure is `{ error }`, and a timeout looks like a network error. */
export function classify(answer: ResendAnswer, ids: (data: unknown) => string[]): SendOutcome {
  if (!answer.error) return { ok: true, ids: ids(answer.data) }
  const { statusCode, name, message } = answer.error
  const text = `${statusCode ?? 'no answer'} ${name}: ${message}`
  if (statusCode === 429 && name !== 'daily_quota_exceeded' && name !== 'monthly_quota_exceeded') {
    return { ok: false, retry: 'after', afterMs: retryAfterMs(answer.headers), message: text }
  }
  // A key still in flight (409 concurrent) answers once the first request is done: ask again later.
  if (statusCode === null || statusCode >= 500 || name === 'concurrent_idempotent_requests') return { ok: false, retry: 'backoff', message: text }
  return { ok: false, retry: 'never', message: text }
}

export function resendMessenger(opts: { apiKey: string; baseUrl?: string }): Messenger {
  const resend = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined)
  return {
    name: opts.baseUrl ? `Resend (${opts.baseUrl})` : 'Resend',
    async sendBatch(emails, { idempotencyKey, timeoutMs }) {
      const answer = await resend.batch.send(emails.map(toResend) as never, { idempotencyKey, signal: AbortSignal.timeout(timeoutMs) })
      return classify(answer as ResendAnswer, (data) => (data as { data: { id: string }[] }).data.map((d) => d.id))
    },
    async sendOne(email, { idempotencyKey, timeoutMs }) {
      const answer = await resend.emails.send(toResend(email), { idempotencyKey, signal: AbortSignal.timeout(timeoutMs) })
      return classify(answer as ResendAnswer, (data) => [(data as { id: string }).id])
    },
  }
}
