/**
 * What the editor's newsletter endpoints answer: the admin panel (admin/Workflow.tsx) imports these
 * types, so the two cannot drift apart.
 */
import type { Locale } from '../../../../common/locales'

export interface PreviewResponse {
  locale: Locale
  subject: string
  html: string
  text: string
  htmlBytes: number
  targetBytes: number
  maxBytes: number
  warnings: IssueWarning[]
}

/** Recipients by the state of their batch: "submitted" means Resend accepted it, not delivered. */
export interface RecipientCounts {
  pending: number
  submitting: number
  submitted: number
  failed: number
  /** Maybe sent, longer ago than Resend keeps keys: waiting for the editor's decision. */
  uncertain: number
  total: number
}

/** Something the editor should know before sending, in both admin languages. */
export interface IssueWarning {
  code: 'english-missing'
  nn: string
  en: string
}

export interface SendProgress {
  status: string
  scheduledAt: string | null
  sentAt: string | null
  /** Sending, but its sender stopped (killed, crashed): "resume" hands it back to the worker. */
  stuck: boolean
  /** A sender holds the issue until then (renewed while it sends). */
  sendingUntil: string | null
  /** Addresses Resend refused (suppressed; the rest of their batch was sent). */
  refused: number
  recipients: RecipientCounts
  batches: number
  report: Record<string, unknown> | null
  job: { state: 'running' | 'queued'; waitUntil: string | null; hasError: boolean } | null
  warnings: IssueWarning[]
  /** Why the last send job failed, when the issue has not gone out. */
  jobError: string | null
}

export interface ErrorResponse {
  error: string
}
