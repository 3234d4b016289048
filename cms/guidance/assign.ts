/**
 * Who handles a new request: the business's own contact person when it has one; otherwise the
 * advisors responsible for the request's topic (their "topics of responsibility"), in turn; when
 * nobody has the topic, all advisors in turn. "In turn" means the one after whoever of them got
 * the latest request, so the work is shared evenly.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { GuidanceTopic } from './topics'

type ContactPerson = number | { id: number } | null | undefined

async function advisorIds(payload: Payload, topic: Where | null, req?: Partial<PayloadRequest>) {
  const advisor: Where = { roles: { in: ['advisor'] } }
  const found = await payload.find({
    collection: 'users',
    where: topic ? { and: [advisor, topic] } : advisor,
    sort: 'id',
    pagination: false,
    depth: 0,
    select: { name: true },
    req,
  })
  return found.docs.map((u) => u.id)
}

/** The one after whoever of `advisors` got the latest request (the first when none has). */
async function nextInTurn(payload: Payload, advisors: number[], req?: Partial<PayloadRequest>) {
  const latest = await payload.find({
    collection: 'guidance-requests',
    where: { advisor: { in: advisors } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { advisor: true },
    req,
  })
  const last = latest.docs[0]?.advisor
  const lastId = typeof last === 'number' ? last : (last?.id ?? null)
  const index = lastId === null ? -1 : advisors.indexOf(lastId)
  return advisors[(index + 1) % advisors.length]
}

export async function chooseAdvisor(
  payload: Payload,
  business: { contactPerson?: ContactPerson } | null,
  topic: GuidanceTopic,
  req?: Partial<PayloadRequest>,
): Promise<number | null> {
  const contact = business?.contactPerson
  if (contact) return typeof contact === 'number' ? contact : contact.id
  const responsible = await advisorIds(payload, { guidanceTopics: { in: [topic] } }, req)
  if (responsible.length) return nextInTurn(payload, responsible, req)
  const everyone = await advisorIds(payload, null, req)
  return everyone.length ? nextInTurn(payload, everyone, req) : null
}
