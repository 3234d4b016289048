/**
 * What the editor should know before sending, shown beside the send buttons: today, that the
 * English edition is missing and how many subscribers will get the Nynorsk one instead.
 */
import type { Payload } from 'payload'

import { hasEdition } from '../../../newsletter/content'
import type { Newsletter } from '../../../payload-types'
import type { IssueWarning } from './types'

export async function issueWarnings(payload: Payload, issue: Newsletter): Promise<IssueWarning[]> {
  const warnings: IssueWarning[] = []
  if (!(await hasEdition(payload, issue.id, 'en'))) {
    const english = await payload.count({
      collection: 'subscribers',
      where: { and: [{ status: { equals: 'confirmed' } }, { locale: { equals: 'en' } }] },
    })
    if (english.totalDocs > 0) {
      const n = english.totalDocs
      warnings.push({
        code: 'english-missing',
        nn: `Den engelske utgåva manglar (emnefelt på engelsk): ${n} abonnentar som les engelsk får den nynorske utgåva. Skriv den engelske utgåva før du sender om du vil unngå det.`,
        en: `The English edition is missing (no English subject): ${n} subscribers who read English will get the Nynorsk edition. Write the English edition before sending to avoid that.`,
      })
    }
  }
  return warnings
}

/**
 * Why the last send job of an issue failed, while the issue is not sent: a job that ended in an
 * error is no longer "open", so without this the panel would go on saying "queued" for ever.
 */
export async function lastSendJobError(
  payload: Payload,
  issue: Newsletter,
): Promise<string | null> {
  if (issue.status === 'sent') return null
  const failed = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'sendNewsletter' } }, { hasError: { equals: true } }] },
    sort: '-updatedAt',
    limit: 20,
    depth: 0,
  })
  const job = failed.docs.find(
    (j) => String((j.input as { issueId?: unknown } | undefined)?.issueId) === String(issue.id),
  )
  if (!job || new Date(job.updatedAt) < new Date(issue.updatedAt)) return null
  const error = job.error as { message?: string } | string | null | undefined
  return (typeof error === 'string' ? error : error?.message) ?? 'The send job failed.'
}
