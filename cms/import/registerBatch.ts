/**
 * What one import run has read, before anything is written: the mapped records of the
 * municipality (and of businesses already held), removals, which held businesses the files
 * contained, and the names of the establishments' parents. Files, search pages and the update
 * feed all fill a batch; applyBatch.ts writes it.
 */
import type { RecordPosition, UnitKind } from './enhet'
import { mapEnhet, municipalityNumberOf, type RegisterFields } from './mapEnhet'
import type { Municipality } from './municipalities'
import type { RecordPeek } from './readEnheter'
import type { StoredBusiness } from './upsert'
import { byOrgNumber } from './upsert'

export interface ImportProblem {
  position: RecordPosition
  reason: string
}

export interface Pending {
  fields: RegisterFields
  position: RecordPosition
}

export interface Removal {
  orgNumber: string
  deletedAt: string
  position: RecordPosition
}

export class RegisterBatch {
  readonly stored: Map<string, StoredBusiness>
  readonly pending = new Map<string, Pending>()
  readonly removals = new Map<string, Removal>()
  /** Held businesses a file contained, by the kind of file: what a complete file proves. */
  readonly seen: Record<UnitKind, Set<string>> = { enhet: new Set(), underenhet: new Set() }
  /** Parents of the municipality's establishments: their names are kept when a file has them. */
  readonly parentsWanted = new Set<string>()
  readonly parentNames = new Map<string, string>()
  readonly problems: ImportProblem[] = []
  inMunicipality = 0

  constructor(
    readonly municipality: Municipality,
    readonly all: StoredBusiness[],
  ) {
    this.stored = byOrgNumber(all)
    for (const b of all) if (b.parentOrgNumber) this.parentsWanted.add(b.parentOrgNumber)
  }

  /** Ours, or a business we already hold (one that has moved away is still in the register). */
  wants = ({ kommunenummer, orgNumber }: RecordPeek): boolean =>
    (kommunenummer !== undefined && this.municipality.numbers.has(kommunenummer)) ||
    (orgNumber !== undefined && (this.stored.has(orgNumber) || this.parentsWanted.has(orgNumber)))

  add = (value: unknown, position: RecordPosition, kind: UnitKind | undefined): void => {
    const record = value as { organisasjonsnummer?: unknown; navn?: unknown } | null
    const orgNumber =
      typeof record?.organisasjonsnummer === 'string' ? record.organisasjonsnummer : undefined
    if (orgNumber && this.parentsWanted.has(orgNumber) && typeof record?.navn === 'string') {
      this.parentNames.set(orgNumber, record.navn.trim())
    }
    const kommune = municipalityNumberOf(value, kind)
    const local = kommune !== undefined && this.municipality.numbers.has(kommune)
    if (!local && !(orgNumber && this.stored.has(orgNumber))) return // a parent elsewhere: name only
    if (orgNumber && this.stored.has(orgNumber)) this.seen[kind ?? 'enhet'].add(orgNumber)
    if (local) this.inMunicipality++
    const mapped = mapEnhet(value, kind)
    if (!mapped.ok) {
      if (mapped.removal)
        this.removals.set(mapped.removal.orgNumber, { ...mapped.removal, position })
      else this.problems.push({ position, reason: mapped.reason })
      return
    }
    const { fields } = mapped
    const earlier = this.pending.get(fields.orgNumber)
    if (earlier) {
      const reason = `${fields.orgNumber} appears again (first at ${earlier.position.path}); the first was kept`
      this.problems.push({ position, reason })
      return
    }
    this.pending.set(fields.orgNumber, { fields, position })
    if (fields.parentOrgNumber) this.parentsWanted.add(fields.parentOrgNumber)
  }

  /** The municipality's businesses that came from the register and are not already gone. */
  registerBusinessesOfMunicipality(): StoredBusiness[] {
    return this.all.filter(
      (b) =>
        b.source === 'register' &&
        b.orgNumber &&
        b.municipalityNumber !== null &&
        this.municipality.numbers.has(b.municipalityNumber) &&
        b.registerStatus !== 'deleted',
    )
  }
}
