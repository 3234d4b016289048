/**
 * The editor's decision on batches that may have been sent longer ago than Resend keeps its keys
 * (status uncertain, submit.ts): nobody can tell any more whether those emails went out, so the
 * program does not guess. "Send again" risks a duplicate for whoever got it; "count as sent" risks
 * a miss for whoever did not. A re-send goes under a new key (the old one may be forgotten, or,
 * worse, still remembered with a stale answer).
 */
import type { Payload } from 'payload'

export type UncertainDecision = 'resend' | 'sent'

export async function decideUncertain(
  payload: Payload,
  issueId: string | number,
  decision: UncertainDecision,
  decidedBy: string,
  now = new Date(),
): Promise<number> {
  const uncertain = await payload.find({
    collection: 'newsletter-batches',
    where: { and: [{ newsletter: { equals: issueId } }, { status: { equals: 'uncertain' } }] },
    pagination: false,
    depth: 0,
  })
  for (const batch of uncertain.docs) {
    const note = `${decision === 'resend' ? 'Sent again' : 'Counted as sent'} by ${decidedBy} at ${now.toISOString()}`
    await payload.update({
      collection: 'newsletter-batches',
      id: batch.id,
      data:
        decision === 'resend'
          ? {
              status: 'pending',
              idempotencyKey: `${batch.idempotencyKey}-again${batch.attempts ?? 0}`,
              firstAttemptAt: null,
              maybeSent: false,
              lastError: note,
            }
          : { status: 'submitted', resendIds: [], submittedAt: now.toISOString(), lastError: note },
      depth: 0,
    })
  }
  return uncertain.docs.length
}
