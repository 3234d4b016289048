/**
 * A needs-survey submission as the advisor will use it: stored for review, and, when the office
 * knows the business by its organisation number, its topics added to the business's competency
 * needs at once, so they show on the advisor's dashboard, in the matching report and its CSV
 * without anyone retyping them. Both writes happen in one transaction where the database has them.
 */
import type { Payload } from 'payload'

import { formatDate } from '../../common/oslo'
import type { Business } from '../payload-types'

export interface NeedsSubmissionInput {
  orgNumber: string
  contactName: string
  contactEmail: string
  contactPhone?: string | null
  topicIds: number[]
  text?: string | null
}

/** What the list shows when the business is not in the register yet. */
export const unknownBusinessTitle = (
  input: Pick<NeedsSubmissionInput, 'contactName' | 'orgNumber'>,
) => `${input.contactName} (org.nr. ${input.orgNumber})`

type Need = NonNullable<Business['needs']>[number]

/** One need per topic the business does not have yet; the survey's words go in the note. */
export function needsFromSubmission(
  existing: Business['needs'],
  input: NeedsSubmissionInput,
  now: Date,
): Need[] {
  const had = new Set(
    (existing ?? []).map((n) => (typeof n.topic === 'object' ? n.topic.id : n.topic)),
  )
  const note = [
    `Frå behovsundersøkinga ${formatDate(now.toISOString(), 'nn')} (${input.contactName})`,
  ]
  if (input.text) note.push(input.text)
  return input.topicIds
    .filter((topic) => !had.has(topic))
    .map((topic) => ({
      topic,
      priority: 'medium',
      note: note.join(': '),
      recordedAt: now.toISOString(),
    }))
}

export async function recordNeedsSubmission(
  payload: Payload,
  input: NeedsSubmissionInput,
  now = new Date(),
) {
  const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
  const req = transactionID ? { transactionID } : undefined
  try {
    const match = await payload.find({
      collection: 'businesses',
      where: { orgNumber: { equals: input.orgNumber } },
      limit: 1,
      depth: 0,
      select: { name: true, needs: true },
      req,
    })
    const business = match.docs[0]
    if (business) {
      const added = needsFromSubmission(business.needs, input, now)
      if (added.length) {
        await payload.update({
          collection: 'businesses',
          id: business.id,
          data: { needs: [...(business.needs ?? []), ...added] },
          depth: 0,
          // Staff-only fields: no public page changes.
          context: { skipSiteBuild: true },
          req,
        })
      }
    }
    const submission = await payload.create({
      collection: 'needs-submissions',
      data: {
        orgNumber: input.orgNumber,
        business: business?.id ?? null,
        businessName: business?.name ?? unknownBusinessTitle(input),
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        topics: input.topicIds,
        text: input.text,
        status: 'unreviewed',
      },
      depth: 0,
      req,
    })
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return submission
  } catch (err) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw err
  }
}
