/** The Resend adapter: the `resend` SDK's batch and single-send calls, with a timeout on each. */
import { AsyncLocalStorage } from 'node:async_hooks'
import diagnostics from 'node:diagnostics_channel'

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
  ...(e.attachments?.length ? { attachments: e.attachments } : {}),
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

/**
 * Resend's batch validation names the email it stopped at (`emails[3].to`); the address itself
 * may be quoted instead. Only an address field makes it the recipient's fault.
 */
export function refusedEmails(message: string, emails: OutgoingEmail[]): number[] {
  const named = /emails\[(\d+)\]\.(?:to|cc|bcc)\b/.exec(message)
  if (named && Number(named[1]) < emails.length) return [Number(named[1])]
  const quoted = emails.flatMap((e, i) => (e.to && message.includes(e.to) ? [i] : []))
  return quoted.length === 1 ? quoted : []
}

/** The SDK never throws: every failure is `{ error }`, and a timeout looks like a network error. */
export function classify(
  answer: ResendAnswer,
  ids: (data: unknown) => string[],
  emails: OutgoingEmail[] = [],
): SendOutcome {
  if (!answer.error) return { ok: true, ids: ids(answer.data) }
  const { statusCode, name, message } = answer.error
  const text = `${statusCode ?? 'no answer'} ${name}: ${message}`
  if (statusCode === 422 && emails.length > 1) {
    const refused = refusedEmails(message, emails)
    if (refused.length) return { ok: false, retry: 'never', message: text, refused }
  }
  if (statusCode === 429 && name !== 'daily_quota_exceeded' && name !== 'monthly_quota_exceeded') {
    return { ok: false, retry: 'after', afterMs: retryAfterMs(answer.headers), message: text }
  }
  // A key still in flight (409 concurrent) answers once the first request is done: ask again later.
  if (statusCode === null || statusCode >= 500 || name === 'concurrent_idempotent_requests')
    return { ok: false, retry: 'backoff', message: text }
  return { ok: false, retry: 'never', message: text }
}

interface RequestStart {
  pace?: () => Promise<(() => void) | void>
  timeoutMs: number
  /** Set once paced: the pacer's "it has really gone out now". */
  sent?: () => void
}
type FetchRequest = (path: string, options: RequestInit) => Promise<unknown>

/** The send in progress, through the SDK's calls down to undici's (async context). */
const current = new AsyncLocalStorage<RequestStart>()

/**
 * When its headers are written, a request has gone out: the provider counts it from about then.
 * Node's fetch (undici) says so on diagnostics channels; the request it creates inside one of our
 * sends is matched to that send by the async context. Without these channels (another fetch),
 * the pacer keeps the moment `pace` resolved, a little earlier: safe, with less margin.
 */
const sentCallbacks = new WeakMap<object, () => void>()
diagnostics.subscribe('undici:request:create', (message) => {
  const sent = current.getStore()?.sent
  const request = (message as { request?: object }).request
  if (sent && request) sentCallbacks.set(request, sent)
})
diagnostics.subscribe('undici:client:sendHeaders', (message) => {
  const request = (message as { request?: object }).request
  if (!request) return
  sentCallbacks.get(request)?.()
  sentCallbacks.delete(request)
})

/**
 * The SDK builds the JSON body, then fetches. Pacing before the SDK call would time the start
 * before that work (tens of ms for 100 emails, varying), so the pace and the timeout are applied
 * inside the SDK's one fetch method, right before the request goes out, and the pacer hears when
 * it went out. (`fetchRequest` is the SDK's, not ours: re-check when `resend` moves.)
 */
function paceAtFetch(resend: Resend) {
  const sdk = resend as unknown as { fetchRequest: FetchRequest }
  const fetchRequest = sdk.fetchRequest.bind(resend)
  sdk.fetchRequest = async (path, options) => {
    const start = current.getStore()
    if (!start) return fetchRequest(path, options)
    const sent = await start.pace?.()
    if (sent) start.sent = sent
    return fetchRequest(path, { ...options, signal: AbortSignal.timeout(start.timeoutMs) })
  }
}

export function resendMessenger(opts: { apiKey: string; baseUrl?: string }): Messenger {
  const resend = new Resend(opts.apiKey, opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined)
  paceAtFetch(resend)
  return {
    name: opts.baseUrl ? `Resend (${opts.baseUrl})` : 'Resend',
    async sendBatch(emails, { idempotencyKey, timeoutMs, pace }) {
      const answer = await current.run({ pace, timeoutMs }, () =>
        resend.batch.send(emails.map(toResend) as never, { idempotencyKey }),
      )
      return classify(
        answer as ResendAnswer,
        (data) => (data as { data: { id: string }[] }).data.map((d) => d.id),
        emails,
      )
    },
    async sendOne(email, { idempotencyKey, timeoutMs, pace }) {
      const answer = await current.run({ pace, timeoutMs }, () =>
        resend.emails.send(toResend(email), { idempotencyKey }),
      )
      return classify(answer as ResendAnswer, (data) => [(data as { id: string }).id])
    },
  }
}
