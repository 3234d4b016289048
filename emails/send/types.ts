import { type Locale } from '../../common/locales'
import type { CompiledIssue } from '../render'
import type { Messenger } from './messenger'

/** One recipient as snapshotted into a batch: enough to build their email without the database. */
export interface Recipient {
  id: string
  email: string
  locale: Locale
  /** Topic ids; none = every section. */
  topics: string[]
}

/**
 * What a send is built from, frozen at prepare time and stored on the issue: the compiled issue
 * per language and the sender. A resumed send builds byte-identical batches from it even if the
 * issue or the settings were edited meanwhile, so Resend's idempotency keys still match.
 */
export interface SendSnapshot {
  /** Random, made at prepare: part of every batch's key, so keys never repeat across databases. */
  sendId: string
  preparedAt: string
  from: string
  serverUrl: string
  unsubscribeMailto: string
  issues: Partial<Record<Locale, CompiledIssue>>
}

export type SendEvent =
  | { type: 'prepare-progress'; batches: number; of: number }
  | { type: 'prepared'; batches: number; recipients: number; alreadyPrepared: boolean }
  | { type: 'batch-submitting'; index: number; attempt: number; size: number }
  | { type: 'batch-submitted'; index: number; size: number }
  | { type: 'batch-failed'; index: number; message: string }
  | { type: 'waiting'; index: number; ms: number; reason: string }
  | { type: 'refused'; index: number; emails: string[]; reason: string }
  | { type: 'uncertain'; index: number; size: number }
  | { type: 'busy'; heldBy: string; until: string }
  | { type: 'done'; status: 'sent' | 'failed'; submitted: number; failed: number }

export interface SendSettings {
  messenger: Messenger
  from: string
  serverUrl: string
  siteUrl: string
  linkSecret: string
  unsubscribeMailto: string
  /** Requests per second to the provider. */
  ratePerSecond: number
  /** Retries per batch after 5xx/network errors (429s are waited out and not counted). */
  maxRetries: number
  requestTimeoutMs: number
  /** First backoff delay; doubles each retry. */
  retryBaseMs: number
  /** Stop the run (resumable) after this many batches in a row failed: the provider is down. */
  stopAfterFailedBatches: number
  /** Production: links must be https (RFC 8058 one-click unsubscribe). */
  production?: boolean
  /**
   * How long after its first use a batch's key is still trusted to de-duplicate a re-send (Resend
   * keeps keys 24 h; less, for a margin). An uncertain batch older than this waits for the editor.
   */
  keyWindowMs: number
  /** How long a sender's claim on an issue lasts without being renewed (lease.ts). */
  leaseMs: number
  onEvent?: (event: SendEvent) => void
  now?: () => Date
}
