/**
 * Writes a RegisterBatch: entities first (so establishments can link to them), then
 * establishments, removals, and "gone from the register" for what a complete national download
 * no longer holds. Before anything is written, a safety stop refuses a run that would flag more
 * than a set share of the municipality's register businesses, unless confirmed.
 */
import type { Payload } from 'payload'

import type { RecordPosition, UnitKind } from './enhet'
import type { RegisterFields, RegisterStatus } from './mapEnhet'
import type { RegisterBatch } from './registerBatch'
import {
  createBusiness,
  type RegisterLink,
  type StoredBusiness,
  unchanged,
  updateRegisterFields,
} from './upsert'
import { type BatchStep, writeInBatches } from './writeInBatches'

/** Default share of the municipality's register businesses one run may flag without --confirm. */
export const DEFAULT_MAX_FLAG_SHARE = 0.2

const FLAGGED_STATUSES: ReadonlySet<RegisterStatus> = new Set(['bankrupt', 'winding-up', 'deleted'])

/** The run would flag too much at once: nothing has been written. */
export class SafetyStopError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SafetyStopError'
  }
}

export interface ApplyOptions {
  /** Kinds (enheter, underenheter) read from a complete national download in this run. */
  completeKinds: UnitKind[]
  confirm?: boolean
  maxFlagShare?: number
  onWriting?: (done: number, total: number) => void
}

type Outcome = Partial<ApplyTally> & { createdId?: number }

export interface ApplyTally {
  created: number
  updated: number
  unchanged: number
  /** Newly marked bankrupt, being wound up or gone from the register in this run. */
  flagged: number
  /** Register businesses of the municipality missing from a complete national download. */
  goneFromRegister: number
  /** Establishments newly linked to their parent business. */
  linked: number
}

const TALLY_KEYS = [
  'created',
  'updated',
  'unchanged',
  'flagged',
  'goneFromRegister',
  'linked',
] as const satisfies readonly (keyof ApplyTally)[]

const KIND_UNIT = { enhet: 'entity', underenhet: 'establishment' } as const

/** What a complete download of this kind proves: our register businesses it lacks are gone. */
export function goneFromCompleteFiles(batch: RegisterBatch, kinds: UnitKind[]): StoredBusiness[] {
  return kinds.flatMap((kind) =>
    batch
      .registerBusinessesOfMunicipality()
      .filter((b) => b.registerUnit === KIND_UNIT[kind] && !batch.seen[kind].has(b.orgNumber)),
  )
}

function wouldFlag(before: StoredBusiness | undefined, status: RegisterStatus) {
  return before !== undefined && FLAGGED_STATUSES.has(status) && before.registerStatus !== status
}

/** Refuses before the first write when the run would flag more than the allowed share. */
function checkSafety(batch: RegisterBatch, gone: StoredBusiness[], options: ApplyOptions) {
  const share = options.maxFlagShare ?? DEFAULT_MAX_FLAG_SHARE
  const base = batch.registerBusinessesOfMunicipality()
  const ids = new Set(base.map((b) => b.id))
  const flagged = new Set(gone.map((b) => b.id))
  for (const { fields } of batch.pending.values()) {
    const before = batch.stored.get(fields.orgNumber)
    if (before && ids.has(before.id) && wouldFlag(before, fields.registerStatus))
      flagged.add(before.id)
  }
  for (const r of batch.removals.values()) {
    const before = batch.stored.get(r.orgNumber)
    if (before && ids.has(before.id)) flagged.add(before.id)
  }
  if (options.confirm || base.length === 0 || flagged.size <= share * base.length) return
  const pct = (n: number) => `${Math.round(n * 100)} %`
  throw new SafetyStopError(
    `Safety stop: this run would flag ${flagged.size} of the ${base.length} businesses of ` +
      `municipality ${batch.municipality.current} that came from the register ` +
      `(${pct(flagged.size / base.length)}) as bankrupt, being wound up or gone, more than the ` +
      `${pct(share)} one run may flag. That usually means a partial or wrong file. Nothing was ` +
      'written. Check the file; if the register really says so, run again with --confirm.',
  )
}

export async function applyBatch(payload: Payload, batch: RegisterBatch, options: ApplyOptions) {
  const gone = goneFromCompleteFiles(batch, options.completeKinds)
  checkSafety(batch, gone, options)

  const tally: ApplyTally = {
    created: 0,
    updated: 0,
    unchanged: 0,
    flagged: 0,
    goneFromRegister: 0,
    linked: 0,
  }
  const ids = new Map([...batch.stored].map(([orgNumber, b]) => [orgNumber, b.id]))
  const names = new Map([...batch.stored].map(([orgNumber, b]) => [orgNumber, b.name]))
  for (const { fields } of batch.pending.values()) names.set(fields.orgNumber, fields.name)
  // Entities first: an establishment links to its parent when the parent is in the CMS.
  const ordered = [...batch.pending.values()].sort(
    (a, b) =>
      Number(a.fields.registerUnit === 'establishment') -
      Number(b.fields.registerUnit === 'establishment'),
  )

  const linkOf = (fields: RegisterFields): RegisterLink => {
    if (!fields.parentOrgNumber) return { parent: null, parentName: null }
    const parentName =
      batch.parentNames.get(fields.parentOrgNumber) ?? names.get(fields.parentOrgNumber)
    return {
      parent: ids.get(fields.parentOrgNumber) ?? null,
      ...(parentName ? { parentName } : {}),
    }
  }

  // Every write as a step; the steps run in batches, one transaction each (writeInBatches.ts).
  const steps: (BatchStep<Outcome> & { position?: RecordPosition; orgNumber: string })[] = []
  for (const { fields, position } of ordered) {
    const before = batch.stored.get(fields.orgNumber)
    const flags =
      FLAGGED_STATUSES.has(fields.registerStatus) &&
      before?.registerStatus !== fields.registerStatus
    steps.push({
      position,
      orgNumber: fields.orgNumber,
      run: async (req) => {
        const link = linkOf(fields)
        if (before && unchanged(before, fields, link)) return { unchanged: 1 }
        if (before) {
          await updateRegisterFields(payload, before.id, fields, link, req)
          return { updated: 1, flagged: flags ? 1 : 0 }
        }
        const id = await createBusiness(payload, fields, link, req)
        // Known at once, so later establishments in the same run link to it.
        ids.set(fields.orgNumber, id)
        return { created: 1, flagged: flags ? 1 : 0, createdId: id }
      },
      undo: (outcome) => {
        if (outcome.createdId) ids.delete(fields.orgNumber)
      },
    })
  }
  for (const removal of batch.removals.values()) {
    const before = batch.stored.get(removal.orgNumber)
    if (!before || before.registerStatus === 'deleted') {
      steps.push({ orgNumber: removal.orgNumber, run: async () => ({}) })
      continue
    }
    steps.push({
      position: removal.position,
      orgNumber: removal.orgNumber,
      run: async (req) => {
        const fields = { registerStatus: 'deleted' as const, deletedAt: removal.deletedAt }
        await updateRegisterFields(payload, before.id, fields, undefined, req)
        return { flagged: 1, updated: 1 }
      },
    })
  }
  for (const business of gone) {
    steps.push({
      orgNumber: business.orgNumber,
      run: async (req) => {
        await updateRegisterFields(
          payload,
          business.id,
          { registerStatus: 'deleted' },
          undefined,
          req,
        )
        return { flagged: 1, goneFromRegister: 1 }
      },
    })
  }
  // Establishments imported before their parent: linked as soon as the parent is in the CMS.
  for (const b of batch.all) {
    if (b.registerUnit !== 'establishment' || b.parent || !b.parentOrgNumber) continue
    if (batch.pending.has(b.orgNumber)) continue // written above with its link
    const parentOrgNumber = b.parentOrgNumber
    steps.push({
      orgNumber: b.orgNumber,
      run: async (req) => {
        const parent = ids.get(parentOrgNumber)
        if (!parent) return {}
        const link = { parent, parentName: names.get(parentOrgNumber) ?? null }
        await updateRegisterFields(payload, b.id, {}, link, req)
        return { linked: 1 }
      },
    })
  }

  let done = 0
  await writeInBatches(payload, steps, {
    onDone: (outcome) => {
      for (const key of TALLY_KEYS) tally[key] += outcome[key] ?? 0
      options.onWriting?.(++done, steps.length)
    },
    onFailure: (err, i) => {
      const { position, orgNumber } = steps[i]
      // Only a record's own write may fail alone; anything else stops the run.
      if (!position) throw err
      batch.problems.push({ position, reason: `${orgNumber} could not be saved: ${err.message}` })
      options.onWriting?.(++done, steps.length)
    },
  })
  return tally
}
