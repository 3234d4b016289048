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
}

export type SendOutcome =
  | { ok: true; ids: string[] }
  /** Rate limited: wait `afterMs` (the provider's retry-after), then try the same request again. */
  | { ok: false; retry: 'after'; afterMs: number; message: string }
  /** Server error, network error or timeout: the request may or may not have been processed. */
  | { ok: false; retry: 'backoff'; message: string }
  /** The provider refused the request itself: sending it again cannot help. */
  | { ok: false; retry: 'never'; message: string }

export interface SendOptions {
  /** Same key + same body → the provider sends once, however often we ask. */
  idempotencyKey?: string
  timeoutMs: number
}

export interface Messenger {
  readonly name: string
  /** At most 100 emails; all or none are accepted (Resend's strict batch validation). */
  sendBatch(emails: OutgoingEmail[], opts: SendOptions): Promise<SendOutcome>
  sendOne(email: OutgoingEmail, opts: SendOptions): Promise<SendOutcome>
}

export const MAX_BATCH_SIZE = 100
