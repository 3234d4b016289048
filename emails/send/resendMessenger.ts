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
  /** Set once paced: the pacer's "its answer is in". */
  answered?: () => void
}
type FetchRequest = (path: string, options: RequestInit) => Promise<unknown>

/** The send in progress, through the SDK's calls down to undici's (async context). */
const current = new AsyncLocalStorage<RequestStart>()

/**
 * The pacer counts the next requests from when this one's answer came (pacing.ts): the sooner we
 * note it, the sooner they may go. Node's fetch (undici) says when a response's headers are in on
 * diagnostics channels; the request it creates inside one of our sends is matched to that send by
 * the async context. Without these channels (another fetch), the answer is noted when the SDK
 * returns, a little later: safe, a little slower.
 */
const answeredCallbacks = new WeakMap<object, () => void>()
diagnostics.subscribe('undici:request:create', (message) => {
  const answered = current.getStore()?.answered
  const request = (message as { request?: object }).request
  if (answered && request) answeredCallbacks.set(request, answered)
})
diagnostics.subscribe('undici:request:headers', (message) => {
  const request = (message as { request?: object }).request
  if (!request) return
  answeredCallbacks.get(request)?.()
  answeredCallbacks.delete(request)
})

/**
 * The SDK builds the JSON body, then fetches. Pacing before the SDK call would hold the body's
 * work (tens of ms for 100 emails) between the pacer's "go" and the request, so the pace and the
 * timeout are applied inside the SDK's one fetch method, with the body already encoded to bytes
 * (undici would otherwise encode 3–4 MB after the "go"), and the pacer hears when the answer came,
 * or that none will. (`fetchRequest` is the SDK's, not ours: re-check when `resend` moves.)
 */
function paceAtFetch(resend: Resend) {
  const sdk = resend as unknown as { fetchRequest: FetchRequest }
  const fetchRequest = sdk.fetchRequest.bind(resend)
  sdk.fetchRequest = async (path, options) => {
    const start = current.getStore()
    if (!start) return fetchRequest(path, options)
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body
    const answered = await start.pace?.()
    if (answered) start.answered = answered
    try {
      return await fetchRequest(path, {
        ...options,
        body,
        signal: AbortSignal.timeout(start.timeoutMs),
      })
    } finally {
      answered?.()
    }
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
