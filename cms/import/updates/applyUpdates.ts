/**
 * The daily update without the 200 MB download: reads the register's update feeds for enheter
 * and underenheter from where the last run stopped, fetches the changed units the municipality
 * cares about (its own, and any business already held), and writes them like an import does.
 * Deletions and removals come from the units' own records (slettedato). The feed never proves a
 * business gone by leaving it out; the safety stop applies as to a file.
 */
import type { Payload } from 'payload'

import { env } from '../../env'
import { requestSiteBuild } from '../../siteBuilds/request'
import { applyBatch, type ApplyTally } from '../applyBatch'
import type { UnitKind } from '../enhet'
import { municipalityFor } from '../municipalities'
import { type RegisterApi, registerApi, type RegisterUpdate } from '../registerApi'
import { type ImportProblem, RegisterBatch } from '../registerBatch'
import { loadAllBusinesses } from '../upsert'

const KINDS: UnitKind[] = ['enhet', 'underenhet']
const GONE = new Set(['Sletting', 'Fjernet'])

export interface UpdateOptions {
  /** Municipality number; defaults to the one in site settings. */
  kommune?: string
  /** The next update id to read per feed; feeds without one start at `since`. */
  from?: Partial<Record<UnitKind, number | null>>
  since?: string | null
  confirm?: boolean
  maxFlagShare?: number
  api?: RegisterApi
}

export interface UpdateSummary extends ApplyTally {
  municipality: string
  /** Updates read from the feeds (every change in the country, most not ours). */
  changesRead: number
  /** Where the next run starts in each feed. */
  next: Record<UnitKind, number | null>
  problems: ImportProblem[]
  durationMs: number
}

/** The latest change per organisation number: a unit changed three times is fetched once. */
function latestPerUnit(updates: RegisterUpdate[]) {
  const latest = new Map<string, RegisterUpdate>()
  for (const u of updates) {
    const seen = latest.get(u.organisasjonsnummer)
    if (!seen || seen.oppdateringsid < u.oppdateringsid) latest.set(u.organisasjonsnummer, u)
  }
  return latest
}

export async function applyRegisterUpdates(
  payload: Payload,
  options: UpdateOptions = {},
): Promise<UpdateSummary> {
  const started = performance.now()
  const api = options.api ?? registerApi({ baseUrl: env().brregBaseUrl })
  const number =
    options.kommune ??
    (await payload.findGlobal({ slug: 'site-settings', depth: 0 })).municipalityNumber
  if (!number) throw new Error('No municipality number: set it in the admin under Site settings')
  const municipality = municipalityFor(number)
  const batch = new RegisterBatch(municipality, await loadAllBusinesses(payload))
  const next: Record<UnitKind, number | null> = { enhet: null, underenhet: null }
  let changesRead = 0

  // Establishments first: their parents' names are then fetched with the entities.
  for (const kind of [...KINDS].reverse()) {
    const from = options.from?.[kind] ?? null
    const updates = await api.fetchUpdates(kind, { from, since: options.since })
    changesRead += updates.length
    next[kind] = updates.length ? Math.max(...updates.map((u) => u.oppdateringsid)) + 1 : from
    const latest = latestPerUnit(updates)
    const current = [...latest.values()]
      .filter((u) => !GONE.has(u.endringstype))
      .map((u) => u.organisasjonsnummer)
    // Gone units: only the ones we hold matter, and their own record says when and how.
    const gone = [...latest.values()].filter(
      (u) => GONE.has(u.endringstype) && batch.stored.has(u.organisasjonsnummer),
    )
    const records = await api.fetchMany(kind, current)
    for (const u of gone) {
      const record = await api.fetchUnit(kind, u.organisasjonsnummer)
      if (record) records.push(record)
    }
    records.forEach((record, i) =>
      batch.add(
        record,
        { index: i + 1, path: `oppdateringer/${kind === 'enhet' ? 'enheter' : 'underenheter'}` },
        kind,
      ),
    )
    if (kind === 'underenhet') {
      // Parents elsewhere are not in the entity feed today: their names come by look-up.
      const unknown = [...batch.pending.values()]
        .map((p) => p.fields.parentOrgNumber)
        .filter((o): o is string => !!o && !batch.stored.has(o) && !batch.parentNames.has(o))
      for (const parent of await api.fetchMany('enhet', [...new Set(unknown)])) {
        const p = parent as { organisasjonsnummer?: string; navn?: string }
        if (p.organisasjonsnummer && p.navn) batch.parentNames.set(p.organisasjonsnummer, p.navn)
      }
    }
  }

  const tally = await applyBatch(payload, batch, {
    completeKinds: [],
    confirm: options.confirm,
    maxFlagShare: options.maxFlagShare,
  })
  const changed = tally.created + tally.updated + tally.linked
  if (changed) await requestSiteBuild(payload, `register update: ${changed} businesses changed`)
  return {
    municipality: municipality.current,
    changesRead,
    next,
    ...tally,
    problems: batch.problems,
    durationMs: performance.now() - started,
  }
}
