/**
 * Writes a RegisterBatch: entities first (so establishments can link to them), then
 * establishments, removals, and "gone from the register" for what a complete national download
 * no longer holds. Before anything is written, a safety stop refuses a run that would flag more
 * than a set share of the municipality's register businesses, unless confirmed.
 */
import type { Payload } from 'payload'

import type { UnitKind } from './enhet'
import type { RegisterFields, RegisterStatus } from './mapEnhet'
import type { RegisterBatch } from './registerBatch'
import {
  createBusiness,
  type RegisterLink,
  type StoredBusiness,
  unchanged,
  updateRegisterFields,
} from './upsert'

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
  const total = ordered.length + batch.removals.size + gone.length
  let done = 0
  const report = () => options.onWriting?.(++done, total)

  const linkOf = (fields: RegisterFields): RegisterLink => {
    if (!fields.parentOrgNumber) return { parent: null, parentName: null }
    const parentName =
      batch.parentNames.get(fields.parentOrgNumber) ?? names.get(fields.parentOrgNumber)
    return {
      parent: ids.get(fields.parentOrgNumber) ?? null,
      ...(parentName ? { parentName } : {}),
    }
  }

  for (const { fields, position } of ordered) {
    const before = batch.stored.get(fields.orgNumber)
    const link = linkOf(fields)
    try {
      if (before && unchanged(before, fields, link)) tally.unchanged++
      else if (before) {
        await updateRegisterFields(payload, before.id, fields, link)
        tally.updated++
      } else {
        ids.set(fields.orgNumber, await createBusiness(payload, fields, link))
        tally.created++
      }
      if (
        FLAGGED_STATUSES.has(fields.registerStatus) &&
        before?.registerStatus !== fields.registerStatus
      ) {
        tally.flagged++
      }
    } catch (err) {
      const reason = `${fields.orgNumber} could not be saved: ${(err as Error).message}`
      batch.problems.push({ position, reason })
    }
    report()
  }

  for (const removal of batch.removals.values()) {
    const before = batch.stored.get(removal.orgNumber)
    if (before && before.registerStatus !== 'deleted') {
      await updateRegisterFields(payload, before.id, {
        registerStatus: 'deleted',
        deletedAt: removal.deletedAt,
      })
      tally.flagged++
      tally.updated++
    }
    report()
  }

  for (const business of gone) {
    await updateRegisterFields(payload, business.id, { registerStatus: 'deleted' })
    tally.flagged++
    tally.goneFromRegister++
    report()
  }

  // Establishments imported before their parent: linked as soon as the parent is in the CMS.
  for (const b of batch.all) {
    if (b.registerUnit !== 'establishment' || b.parent || !b.parentOrgNumber) continue
    if (batch.pending.has(b.orgNumber)) continue // written above with its link
    const parent = ids.get(b.parentOrgNumber)
    if (!parent) continue
    await updateRegisterFields(
      payload,
      b.id,
      {},
      { parent, parentName: names.get(b.parentOrgNumber) ?? null },
    )
    tally.linked++
  }
  return tally
}
