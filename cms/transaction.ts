/**
 * Several writes as one: all of them or none. Every write inside must be given the `req` handed to
 * `fn` (a write without it runs outside the transaction, and on SQLite waits for it to end). Inside
 * a caller's transaction (its `req` given), joins it instead of nesting. On SQLite a transaction
 * holds the write lock from its start (BEGIN IMMEDIATE), so a read inside it followed by a write
 * cannot be overtaken by another writer, in this process or another: a claim is read-then-write.
 */
import type { Payload, PayloadRequest } from 'payload'

export type TransactionReq = Partial<PayloadRequest> & { transactionID?: string | number }

export async function inTransaction<T>(
  payload: Payload,
  fn: (req: TransactionReq) => Promise<T>,
  outer?: TransactionReq,
): Promise<T> {
  if (outer?.transactionID !== undefined && outer.transactionID !== null) return fn(outer)
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  // A caller's req (user, locale, context) carries the transaction while it runs, as Payload's
  // own operations do with theirs.
  const req: TransactionReq = outer ?? {}
  req.transactionID = transactionID
  try {
    const result = await fn(req)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return result
  } catch (err) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw err
  } finally {
    if (outer) delete outer.transactionID
  }
}
