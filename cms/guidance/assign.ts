/**
 * Who handles a new request: the business's own contact person when it has one, otherwise the
 * advisors in turn (the one after whoever got the latest request), so the work is shared evenly.
 */
import type { Payload, PayloadRequest } from 'payload'

export async function chooseAdvisor(
  payload: Payload,
  business: { contactPerson?: number | { id: number } | null } | null,
  req?: Partial<PayloadRequest>,
): Promise<number | null> {
  const contact = business?.contactPerson
  if (contact) return typeof contact === 'number' ? contact : contact.id
  const advisors = (
    await payload.find({
      collection: 'users',
      where: { roles: { in: ['advisor'] } },
      sort: 'id',
      pagination: false,
      depth: 0,
      req,
    })
  ).docs.map((u) => u.id)
  if (!advisors.length) return null
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
