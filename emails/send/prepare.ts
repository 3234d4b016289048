/**
 * Prepare once: compile the issue in both languages, snapshot the recipients into batches of at
 * most 100 with stable idempotency keys, and store both in ONE transaction. A crash half-way
 * leaves nothing prepared; an issue already prepared is left exactly as it is.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Newsletter } from '../../cms/payload-types'
import { loadIssueContent } from '../content'
import { LOCALES } from '../i18n'
import { compileIssue } from '../render'
import { MAX_BATCH_SIZE } from './messenger'
import { confirmedRecipients } from './recipients'
import type { Recipient, SendSettings, SendSnapshot } from './types'

export const batchKey = (issueId: string | number, index: number) => `newsletter-${issueId}-batch-${index}`

export interface Prepared {
  alreadyPrepared: boolean
  snapshot: SendSnapshot
  batches: number
  recipients: number
}

const idOf = (v: unknown) => String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export async function buildSnapshot(payload: Payload, issue: Newsletter, settings: SendSettings): Promise<SendSnapshot> {
  const now = settings.now?.() ?? new Date()
  const issues: SendSnapshot['issues'] = {}
  for (const locale of LOCALES) {
    const content = await loadIssueContent(payload, issue.id, locale, { siteUrl: settings.siteUrl, now })
    // Every newsletter shows who sent it and where they are: the footer's postal address.
    if (!content.office.postalAddress.trim()) throw new Error("The office's postal address is not set: fill it in under Site settings before sending")
    issues[locale] = await compileIssue(content)
  }
  return { preparedAt: now.toISOString(), from: settings.from, serverUrl: settings.serverUrl, unsubscribeMailto: settings.unsubscribeMailto, issues }
}

export const storedSnapshot = (issue: Newsletter) => (issue as Newsletter & { sendSnapshot?: SendSnapshot | null }).sendSnapshot ?? null

export async function prepareIssue(payload: Payload, issue: Newsletter, settings: SendSettings, opts: { dryRun?: boolean } = {}): Promise<Prepared & { recipientList?: Recipient[] }> {
  const existing = storedSnapshot(issue)
  if (existing) {
    const prepared = await payload.find({ collection: 'newsletter-batches', where: { newsletter: { equals: issue.id } }, pagination: false, depth: 0, select: { size: true } })
    return { alreadyPrepared: true, snapshot: existing, batches: prepared.docs.length, recipients: prepared.docs.reduce((n, b) => n + (b.size ?? 0), 0) }
  }

  const snapshot = await buildSnapshot(payload, issue, settings)
  const recipients = await confirmedRecipients(payload, (issue.targetTopics ?? []).map(idOf))
  const batches = chunk(recipients, MAX_BATCH_SIZE)
  if (opts.dryRun) return { alreadyPrepared: false, snapshot, batches: batches.length, recipients: recipients.length, recipientList: recipients }

  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID } as Partial<PayloadRequest>
  try {
    for (const [index, list] of batches.entries()) {
      await payload.create({
        collection: 'newsletter-batches',
        data: { newsletter: issue.id, index, idempotencyKey: batchKey(issue.id, index), status: 'pending', size: list.length, recipients: list, attempts: 0 },
        req,
        depth: 0,
      })
    }
    await payload.update({
      collection: 'newsletters',
      id: issue.id,
      data: { sendSnapshot: snapshot, report: { ...issue.report, recipients: recipients.length } } as unknown as Partial<Newsletter>,
      req,
      depth: 0,
    })
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw err
  }
  return { alreadyPrepared: false, snapshot, batches: batches.length, recipients: recipients.length }
}
