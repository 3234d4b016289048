/** One email the fake accepted: counted once, however often its request was retried. */
export interface RecordedMessage {
  id: string
  createdAt: string
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  cc?: string[]
  bcc?: string[]
  replyTo?: string[]
  headers: Record<string, string>
  tags: { name: string; value: string }[]
  /** Files as sent (content in base64). */
  attachments?: { filename: string; content: string; content_type?: string }[]
  /** The Idempotency-Key of the request that carried it, if any. */
  idempotencyKey?: string
  endpoint: '/emails' | '/emails/batch'
}

/** Every API request, whatever its answer: for asserting retries, 429s and replays. */
export interface RequestRecord {
  at: number
  /** performance.now() when the request arrived (ms, fractional): for measuring pacing. */
  arrivedAt: number
  method: string
  path: string
  status: number
  idempotencyKey?: string
  /** The answer was replayed from the idempotency store: nothing was sent. */
  replayed?: boolean
  /** A failure injected by setFailures(). */
  injected?: string
}

/**
 * Failures for the next `count` API requests (after the rate limit):
 * - `error`: answer `status` (default 500) without sending anything;
 * - `timeout`: hold the request `hangMs` without answering, then drop it; nothing is sent;
 * - `accept-then-error`: send (record) the emails, then answer `status`: the uncertain answer
 *   that makes a retry without an idempotency key send twice;
 * - `accept-then-drop`: send, then hold `hangMs` and drop the connection.
 */
export interface FailureSpec {
  count: number
  mode?: 'error' | 'timeout' | 'accept-then-error' | 'accept-then-drop'
  status?: number
  hangMs?: number
}
