/**
 * The local test double of Resend's HTTP API: a real server on 127.0.0.1 that the `resend` SDK
 * talks to through `new Resend(key, { baseUrl })` or RESEND_BASE_URL. It validates like Resend,
 * honours Idempotency-Key, rate-limits with 429 + retry-after, fails on request, and records every
 * accepted email, which the outbox pages show (GET /outbox).
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { fail, ResendHttpError, resendError, type ResendError } from './errors'
import { IdempotencyStore } from './idempotency'
import { outboxList, outboxMessage } from './outbox'
import { type RateLimitKind, rateLimiter } from './rateLimit'
import type { FailureSpec, RecordedMessage, RequestRecord } from './types'
import { validateBatchShape, validateEmail, type ValidEmail } from './validate'

export type { FailureSpec, RecordedMessage, RequestRecord } from './types'
export type { RateLimitKind } from './rateLimit'

export interface FakeResendOptions {
  /** 0 (default) picks a free port. */
  port?: number
  host?: string
  /** Requests per second before 429; unset = unlimited. */
  rateLimitPerSecond?: number | null
  /** Requests allowed at once before the rate applies (default: one second's worth, like Resend). */
  rateLimitBurst?: number
  /** 'token-bucket' (default, like Resend) or 'sliding-window': at most the rate in ANY second. */
  rateLimitKind?: RateLimitKind
  /**
   * Resend answers retry-after in whole seconds (at least 1). Tests that want a fast 429 storm
   * can ask for the exact, fractional wait instead.
   */
  fractionalRetryAfter?: boolean
  /** When set, only this API key is accepted (403 otherwise); any key works when unset. */
  apiKey?: string
  /** Largest request body accepted (bytes). */
  maxBodyBytes?: number
}

export interface FakeResend {
  url: string
  port: number
  /** Every accepted email, in order: retries answered from the idempotency store add nothing. */
  messages: RecordedMessage[]
  requests: RequestRecord[]
  setRateLimit: (perSecond: number | null, burst?: number, kind?: RateLimitKind) => void
  /** Forgets every idempotency key, as Resend does 24 h after a key was first used. */
  forgetIdempotencyKeys: () => void
  /** Failures for the next requests; several specs run one after another. null clears them. */
  setFailures: (spec: FailureSpec | FailureSpec[] | null) => void
  /** Called after emails were accepted (recorded), before the answer is written. */
  onAccepted: (
    listener: (accepted: RecordedMessage[], idempotencyKey?: string) => void,
  ) => () => void
  /** Forgets messages, requests, idempotency keys and failures. */
  reset: () => void
  close: () => Promise<void>
}

const API_PATHS = new Set(['/emails', '/emails/batch'])

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > max) {
        reject(
          new ResendHttpError(
            resendError(413, 'validation_error', `The request body is larger than ${max} bytes.`),
          ),
        )
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function toRecorded(
  email: ValidEmail,
  endpoint: RecordedMessage['endpoint'],
  idempotencyKey?: string,
): RecordedMessage {
  return {
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    from: email.from,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    cc: email.cc,
    bcc: email.bcc,
    replyTo: email.reply_to,
    headers: email.headers,
    tags: email.tags,
    ...(email.attachments ? { attachments: email.attachments } : {}),
    idempotencyKey,
    endpoint,
  }
}

export async function startFakeResend(opts: FakeResendOptions = {}): Promise<FakeResend> {
  const messages: RecordedMessage[] = []
  const byId = new Map<string, RecordedMessage>()
  const requests: RequestRecord[] = []
  const idempotency = new IdempotencyStore()
  const listeners = new Set<(accepted: RecordedMessage[], key?: string) => void>()
  const maxBodyBytes = opts.maxBodyBytes ?? 40 * 1024 * 1024
  let bucket = opts.rateLimitPerSecond
    ? rateLimiter(opts.rateLimitPerSecond, opts.rateLimitBurst, opts.rateLimitKind)
    : null
  let failures: (FailureSpec & { left: number })[] = []
  const holds = new Set<NodeJS.Timeout>()

  const takeFailure = (): FailureSpec | null => {
    const spec = failures[0]
    if (!spec) return null
    spec.left -= 1
    if (spec.left <= 0) failures.shift()
    return spec
  }

  function send(
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }

  function hold(res: http.ServerResponse, ms: number) {
    const timer = setTimeout(() => {
      holds.delete(timer)
      res.destroy()
    }, ms)
    holds.add(timer)
    res.on('close', () => {
      clearTimeout(timer)
      holds.delete(timer)
    })
  }

  function rateHeaders(remaining: number): Record<string, string> {
    return bucket
      ? {
          'ratelimit-limit': String(bucket.limit),
          'ratelimit-remaining': String(remaining),
          'ratelimit-reset': '1',
        }
      : {}
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: '/emails' | '/emails/batch',
    record: RequestRecord,
    ctx: { reserved: boolean },
  ) {
    const auth = req.headers.authorization
    if (!auth?.startsWith('Bearer ') || auth.length <= 'Bearer '.length)
      fail(401, 'missing_api_key', 'Missing API key in the authorization header.')
    if (opts.apiKey && auth !== `Bearer ${opts.apiKey}`)
      fail(403, 'invalid_api_key', 'API key is invalid.')

    let remaining = 0
    if (bucket) {
      const token = bucket.take()
      if (!token.ok) {
        const retryAfter = opts.fractionalRetryAfter
          ? Number(token.retryAfterSeconds.toFixed(3))
          : Math.max(1, Math.ceil(token.retryAfterSeconds))
        record.status = 429
        send(
          res,
          429,
          resendError(
            429,
            'rate_limit_exceeded',
            `Too many requests. You can only make ${bucket.limit} requests per second. See rate limit response headers for more information.`,
          ),
          {
            'retry-after': String(retryAfter),
            'ratelimit-limit': String(bucket.limit),
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(retryAfter),
          },
        )
        return
      }
      remaining = token.remaining
    }

    const injected = takeFailure()
    if (injected && (injected.mode ?? 'error') === 'error') {
      record.injected = 'error'
      record.status = injected.status ?? 500
      const name =
        record.status === 429
          ? 'rate_limit_exceeded'
          : record.status >= 500
            ? 'internal_server_error'
            : 'application_error'
      send(
        res,
        record.status,
        resendError(record.status, name, 'Injected failure: nothing was sent.'),
        record.status === 429 ? { 'retry-after': '1' } : {},
      )
      return
    }
    if (injected?.mode === 'timeout') {
      record.injected = 'timeout'
      record.status = 0
      hold(res, injected.hangMs ?? 30_000)
      return
    }

    const bytes = await readBody(req, maxBodyBytes)
    const raw = bytes.toString('utf8')
    if (!(req.headers['content-type'] ?? '').includes('application/json'))
      fail(422, 'validation_error', 'Send the request body as application/json.')
    let body: unknown
    try {
      body = JSON.parse(raw)
    } catch {
      fail(422, 'validation_error', 'The request body is not valid JSON.')
    }

    const permissive =
      path === '/emails/batch' && req.headers['x-batch-validation'] === 'permissive'
    let valid: ValidEmail[]
    const errors: { index: number; message: string }[] = []
    if (path === '/emails') {
      valid = [validateEmail(body, { batch: false })]
    } else {
      const list = validateBatchShape(body)
      const checked = list.map((email, index) => {
        try {
          return validateEmail(email, { batch: true, prefix: `emails[${index}]` })
        } catch (err) {
          if (!permissive || !(err instanceof ResendHttpError)) throw err
          errors.push({ index, message: err.body.message })
          return null
        }
      })
      valid = checked.filter((e): e is ValidEmail => e !== null)
    }

    const key =
      typeof req.headers['idempotency-key'] === 'string'
        ? req.headers['idempotency-key']
        : undefined
    let response: unknown
    const started = key === undefined ? null : idempotency.begin(path, key, body, bytes)
    if (started && 'replay' in started) {
      // Answered from the idempotency store: nothing is sent again.
      record.replayed = true
      response = started.replay.response
    } else {
      ctx.reserved = started !== null
      const accepted = valid.map((email) => toRecorded(email, path, key))
      for (const m of accepted) {
        messages.push(m)
        byId.set(m.id, m)
      }
      response =
        path === '/emails'
          ? { id: accepted[0].id }
          : permissive
            ? { data: accepted.map((m) => ({ id: m.id })), errors }
            : { data: accepted.map((m) => ({ id: m.id })) }
      if (key !== undefined) idempotency.complete(path, key, 200, response)
      for (const listener of listeners) listener(accepted, key)
    }

    // The answer can be lost whether the emails were just accepted or replayed.
    if (injected?.mode === 'accept-then-error') {
      record.injected = 'accept-then-error'
      record.status = injected.status ?? 500
      send(
        res,
        record.status,
        resendError(
          record.status,
          'internal_server_error',
          'Injected failure after the emails were accepted.',
        ),
      )
      return
    }
    if (injected?.mode === 'accept-then-drop') {
      record.injected = 'accept-then-drop'
      record.status = 0
      hold(res, injected.hangMs ?? 30_000)
      return
    }
    record.status = 200
    send(res, 200, response, rateHeaders(remaining))
  }

  function handleOutbox(path: string, res: http.ServerResponse): boolean {
    if (path === '/outbox' || path === '/outbox/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(outboxList(messages))
      return true
    }
    if (path === '/outbox.json') {
      send(
        res,
        200,
        messages.map(({ html, ...rest }) => ({ ...rest, htmlBytes: html?.length ?? 0 })),
      )
      return true
    }
    const m = /^\/outbox\/([0-9a-f-]{36})$/.exec(path)
    if (m) {
      const message = byId.get(m[1])
      res.writeHead(message ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(
        message
          ? outboxMessage(message)
          : '<!doctype html><title>Not found</title><p>No such email in the outbox.</p>',
      )
      return true
    }
    return false
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname
    const method = req.method ?? 'GET'
    if (method === 'GET' && handleOutbox(path, res)) return
    const email = /^\/emails\/([0-9a-f-]{36})$/.exec(path)
    if (method === 'GET' && email) {
      const m = byId.get(email[1])
      if (!m) return send(res, 404, resendError(404, 'not_found', 'Email not found'))
      return send(res, 200, {
        object: 'email',
        id: m.id,
        to: m.to,
        from: m.from,
        subject: m.subject,
        html: m.html ?? null,
        text: m.text ?? null,
        created_at: m.createdAt,
        last_event: 'delivered',
        tags: m.tags,
      })
    }
    if (!API_PATHS.has(path))
      return send(
        res,
        404,
        resendError(404, 'not_found', `The requested endpoint ${path} does not exist.`),
      )
    if (method !== 'POST')
      return send(
        res,
        405,
        resendError(405, 'method_not_allowed', `Method ${method} is not allowed on ${path}.`),
      )

    const key = req.headers['idempotency-key']
    const record: RequestRecord = {
      at: Date.now(),
      arrivedAt: performance.now(),
      method,
      path,
      status: 0,
      idempotencyKey: typeof key === 'string' ? key : undefined,
    }
    requests.push(record)
    const ctx = { reserved: false }
    handleApi(req, res, path as '/emails' | '/emails/batch', record, ctx).catch((err) => {
      const body: ResendError =
        err instanceof ResendHttpError
          ? err.body
          : resendError(500, 'internal_server_error', String(err))
      // Only the request that reserved a key may give it back, and only if nothing was sent.
      if (ctx.reserved && record.idempotencyKey) idempotency.release(path, record.idempotencyKey)
      record.status = body.statusCode
      if (!res.headersSent && !res.destroyed) send(res, body.statusCode, body)
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    messages,
    requests,
    setRateLimit: (perSecond, burst, kind) => {
      bucket = perSecond ? rateLimiter(perSecond, burst, kind) : null
    },
    forgetIdempotencyKeys: () => idempotency.clear(),
    setFailures: (spec) => {
      failures = spec ? [spec].flat().map((f) => ({ ...f, left: f.count })) : []
    },
    onAccepted: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reset: () => {
      messages.length = 0
      requests.length = 0
      byId.clear()
      idempotency.clear()
      failures = []
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of holds) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
