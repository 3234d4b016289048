/**
 * The transport behind the newsletter, as in Listmonk: an interface the campaign code talks to,
 * one file per provider. What a provider must tell us is not just "failed" but whether waiting
 * (429), backing off (5xx, network, timeout) or giving up (the request itself is wrong) is right.
 */
export interface OutgoingEmail {
  from: string
  to: string
  subject: string
  html: string
  text: string
  replyTo?: string
  headers?: Record<string, string>
  tags?: { name: string; value: string }[]
  /** Files sent with a single email (the batch endpoint takes none): content is base64. */
  attachments?: EmailAttachment[]
}

export interface EmailAttachment {
  filename: string
  /** Base64 of the file's bytes, as Resend's API takes it. */
  content: string
  contentType?: string
}

export type SendOutcome =
  | { ok: true; ids: string[] }
  /** Rate limited: wait `afterMs` (the provider's retry-after), then try the same request again. */
  | { ok: false; retry: 'after'; afterMs: number; message: string }
  /** Server error, network error or timeout: the request may or may not have been processed. */
  | { ok: false; retry: 'backoff'; message: string }
  /**
   * The provider refused the request itself: sending it again cannot help. Nothing was sent (a
   * batch is all or none). `refused`: the emails (indexes) whose address it named, if that was why.
   */
  | { ok: false; retry: 'never'; message: string; refused?: number[] }

export interface SendOptions {
  /** Same key + same body → the provider sends once, however often we ask. */
  idempotencyKey?: string
  /** Counted from when the request starts, after `pace`. */
  timeoutMs: number
  /**
   * Awaited right before the HTTP request starts, after the body is built: a rate limit counts
   * requests as they arrive, so that is the moment to space out (emails/send/pacing.ts). It may
   * resolve to a function the adapter calls as soon as the answer (or a failure) is in: the
   * pacer counts later requests from that moment. Calling it again later does nothing.
   */
  pace?: () => Promise<(() => void) | void>
}

export interface Messenger {
  readonly name: string
  /** At most 100 emails; all or none are accepted (Resend's strict batch validation). */
  sendBatch(emails: OutgoingEmail[], opts: SendOptions): Promise<SendOutcome>
  sendOne(email: OutgoingEmail, opts: SendOptions): Promise<SendOutcome>
}

export const MAX_BATCH_SIZE = 100
