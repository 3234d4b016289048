import type { CollectionSlug, Payload, Where } from 'payload'

export type SeedTally = Record<string, { created: number; existing: number }>

/**
 * Finds a document by its natural key (slug, email, organisation number) or creates it: this is
 * what makes the seed safe to run twice.
 */
export async function ensure<T extends { id: number | string }>(
  payload: Payload,
  tally: SeedTally,
  collection: CollectionSlug,
  where: Where,
  create: () => Promise<T>,
): Promise<T> {
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    locale: 'nn',
    pagination: false,
  })
  const entry = (tally[collection] ??= { created: 0, existing: 0 })
  if (found.docs[0]) {
    entry.existing++
    return found.docs[0] as unknown as T
  }
  entry.created++
  return create()
}
