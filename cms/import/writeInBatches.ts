/**
 * Many writes in few transactions: SQLite commits (and syncs to disk) once per batch instead of
 * once per business, which is most of what a thousand single writes cost. A write that fails
 * makes Payload roll back the whole transaction it was in, so a batch with a failure is undone
 * and its writes are run again one at a time, each in its own transaction: only the failing one
 * is left out, and the others are written as if nothing happened.
 */
import type { Payload } from 'payload'

import { inTransaction, type TransactionReq } from '../transaction'

export interface BatchStep<Outcome> {
  /** Does the write; what it returns is kept only once its transaction has committed. */
  run: (req: TransactionReq) => Promise<Outcome>
  /** Undoes what `run` changed outside the database (a batch rolled back). */
  undo?: (outcome: Outcome) => void
}

export interface BatchOptions<Outcome> {
  /** Writes per transaction. */
  size?: number
  /** A step's outcome, after its transaction committed. */
  onDone: (outcome: Outcome, index: number) => void
  /** A step that failed on its own; throw to stop the whole run. */
  onFailure: (err: Error, index: number) => void
}

export const DEFAULT_BATCH_SIZE = 200

/**
 * libsql frees a prepared statement's native memory (a few KB) only when V8 collects its small
 * JavaScript wrapper, and a heap with little garbage rarely collects: a thousand creates (tens of
 * statements each) left 100+ MB of native memory behind. When the process runs with --expose-gc
 * (the import script does), a collection after each batch, and a turn of the event loop for the
 * finalizers, give it back.
 */
async function releaseStatements() {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) return
  gc()
  await new Promise((resolve) => setImmediate(resolve))
}

export async function writeInBatches<Outcome>(
  payload: Payload,
  steps: BatchStep<Outcome>[],
  { size = DEFAULT_BATCH_SIZE, onDone, onFailure }: BatchOptions<Outcome>,
): Promise<void> {
  for (let start = 0; start < steps.length; start += size) {
    const batch = steps.slice(start, start + size)
    const outcomes: Outcome[] = []
    try {
      await inTransaction(payload, async (req) => {
        for (const step of batch) outcomes.push(await step.run(req))
      })
    } catch {
      outcomes.forEach((outcome, i) => batch[i].undo?.(outcome))
      for (const [i, step] of batch.entries()) {
        let outcome: Outcome
        try {
          outcome = await inTransaction(payload, (req) => step.run(req))
        } catch (err) {
          onFailure(err as Error, start + i)
          continue
        }
        onDone(outcome, start + i)
      }
      continue
    }
    outcomes.forEach((outcome, i) => onDone(outcome, start + i))
    await releaseStatements()
  }
}
