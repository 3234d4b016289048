/**
 * Prepare once: compile the issue in both languages, snapshot the recipients into batches of at
 * most 100 with stable idempotency keys, and store both in ONE transaction. A crash half-way
 * leaves nothing prepared; an issue already prepared is left exactly as it is.
 */
import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Newsletter, NewsletterBatch } from '../../payload-types'
import { loadIssueContent } from '../content'
import { LOCALES } from '../../../common/locales'
import { compileIssue } from '../../../emails/render'
import { MAX_BATCH_SIZE } from '../../../emails/send/messenger'
import { inTransaction } from '../../transaction'
import { confirmedRecipients } from './recipients'
import type { Recipient, SendSettings, SendSnapshot } from '../../../emails/send/types'

/**
 * Unique per prepared send, not just per issue: another database on the same Resend team (a
 * staging copy) has issues with the same ids, and a key reused there would be refused (409) or,
 * with the same body, answered "sent" without sending.
 */
export const batchKey = (issueId: string | number, sendId: string, index: number) =>
  `newsletter-${issueId}-${sendId}-batch-${index}`

export const newSendId = () => randomBytes(6).toString('hex')

export interface Prepared {
  alreadyPrepared: boolean
  snapshot: SendSnapshot
  batches: number
  recipients: number
}

const idOf = (v: unknown) =>
  String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export async function buildSnapshot(
  payload: Payload,
  issue: Newsletter,
  settings: SendSettings,
): Promise<SendSnapshot> {
  const now = settings.now?.() ?? new Date()
  const issues: SendSnapshot['issues'] = {}
  for (const locale of LOCALES) {
    const content = await loadIssueContent(payload, issue.id, locale, {
      siteUrl: settings.siteUrl,
      now,
    })
    // Every newsletter shows who sent it and where they are: the footer's postal address.
    if (!content.office.postalAddress.trim())
      throw new Error(
        "The office's postal address is not set: fill it in under Site settings before sending",
      )
    issues[locale] = await compileIssue(content)
  }
  return {
    sendId: newSendId(),
    preparedAt: now.toISOString(),
    from: settings.from,
    serverUrl: settings.serverUrl,
    unsubscribeMailto: settings.unsubscribeMailto,
    issues,
  }
}

export const storedSnapshot = (issue: Newsletter) =>
  (issue as Newsletter & { sendSnapshot?: SendSnapshot | null }).sendSnapshot ?? null

export async function prepareIssue(
  payload: Payload,
  issue: Newsletter,
  settings: SendSettings,
  opts: { dryRun?: boolean } = {},
): Promise<Prepared & { recipientList?: Recipient[] }> {
  const existing = storedSnapshot(issue)
  if (existing) {
    const prepared = await payload.find({
      collection: 'newsletter-batches',
      where: { newsletter: { equals: issue.id } },
      pagination: false,
      depth: 0,
      select: { size: true },
    })
    return {
      alreadyPrepared: true,
      snapshot: existing,
      batches: prepared.docs.length,
      recipients: prepared.docs.reduce((n, b) => n + (b.size ?? 0), 0),
    }
  }

  const snapshot = await buildSnapshot(payload, issue, settings)
  const recipients = await confirmedRecipients(payload, (issue.targetTopics ?? []).map(idOf))
  const batches = chunk(recipients, MAX_BATCH_SIZE)
  if (opts.dryRun)
    return {
      alreadyPrepared: false,
      snapshot,
      batches: batches.length,
      recipients: recipients.length,
      recipientList: recipients,
    }

  // Another sender may have prepared it since we read the issue: the transaction holds the write
  // lock, so what it reads now stays true until it commits.
  const stored = await inTransaction(payload, async (req) => {
    const current = (await payload.findByID({
      collection: 'newsletters',
      id: issue.id,
      depth: 0,
      showHiddenFields: true,
      req,
    })) as Newsletter
    if (storedSnapshot(current)) return current
    // Written through the database adapter: the rows are complete as built here, the collection has
    // no hooks, and the Local API's validation and read-back of every 100-recipient row cost the
    // editor ~0.2 s of waiting for 101 batches. Still inside the transaction (req): all or none.
    for (const [index, list] of batches.entries()) {
      await payload.db.create({
        collection: 'newsletter-batches',
        data: {
          newsletter: issue.id,
          index,
          idempotencyKey: batchKey(issue.id, snapshot.sendId, index),
          status: 'pending',
          size: list.length,
          recipients: list,
          attempts: 0,
        } satisfies Omit<NewsletterBatch, 'id' | 'createdAt' | 'updatedAt'>,
        req,
        returning: false,
      })
      settings.onEvent?.({ type: 'prepare-progress', batches: index + 1, of: batches.length })
    }
    await payload.update({
      collection: 'newsletters',
      id: issue.id,
      data: {
        sendSnapshot: snapshot,
        report: { ...issue.report, recipients: recipients.length },
      } as unknown as Partial<Newsletter>,
      req,
      depth: 0,
      context: { skipSiteBuild: true },
    })
    return null
  })
  if (stored) return prepareIssue(payload, stored, settings)
  return {
    alreadyPrepared: false,
    snapshot,
    batches: batches.length,
    recipients: recipients.length,
  }
}
