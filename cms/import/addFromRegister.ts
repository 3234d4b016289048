/**
 * "Add a business by org number": fetches that enhet or underenhet from the register and stores
 * it (or refreshes it when held). Given a business without an org number (an entrepreneur
 * followed up before registering), fills that record instead: the entrepreneur is linked.
 */
import type { Payload } from 'payload'

import { env } from '../env'
import { normaliseOrgNumber, orgNumberProblem } from '../fields/orgNumber'
import { requestSiteBuild } from '../siteBuilds/request'
import { mapEnhet, type RegisterFields } from './mapEnhet'
import { type RegisterApi, registerApi } from './registerApi'
import { byOrgNumber, createBusiness, loadAllBusinesses, updateRegisterFields } from './upsert'
import { ensureRegisterUpdatesScheduled } from './updates/schedule'

/**
 * What the person asked for cannot be done; the message says why and what to do, in Nynorsk and
 * English (the admin shows the staff member's language, the command line Nynorsk).
 */
export class AddFromRegisterError extends Error {
  constructor(
    readonly status: number,
    readonly texts: { nn: string; en: string },
  ) {
    super(texts.en)
    this.name = 'AddFromRegisterError'
  }
}

/** The register not answering, or answering nonsense: nothing was stored, staff can only wait. */
export const REGISTER_UNAVAILABLE =
  'Einingsregisteret svarar ikkje no, eller svarte med noko uventa. Ingenting er lagra: prøv igjen om litt.'

/** 2026-12-02 as 02.12.2026. */
const norwegianDate = (isoDate: string) => isoDate.slice(0, 10).split('-').reverse().join('.')

export interface AddedBusiness {
  id: number
  name: string
  created: boolean
  registerUnit: RegisterFields['registerUnit']
  parentName: string | null
}

export interface AddOptions {
  /** A business without an org number to fill (the entrepreneur who has now registered). */
  businessId?: number
  api?: RegisterApi
}

export async function addFromRegister(
  payload: Payload,
  input: string,
  options: AddOptions = {},
): Promise<AddedBusiness> {
  const orgNumber = normaliseOrgNumber(input ?? '')
  const problem = orgNumberProblem(orgNumber)
  if (problem === 'format')
    throw new AddFromRegisterError(400, {
      nn: `Organisasjonsnummeret «${input}» må ha nøyaktig 9 siffer`,
      en: `Organisation number "${input}" must be exactly 9 digits`,
    })
  if (problem === 'check-digit')
    throw new AddFromRegisterError(400, {
      nn: `Organisasjonsnummeret «${input}» har feil kontrollsiffer: sjå etter skrivefeil`,
      en: `Organisation number "${input}" has a wrong check digit: check for a typo`,
    })
  const api = options.api ?? registerApi({ baseUrl: env().brregBaseUrl })
  const record =
    (await api.fetchUnit('enhet', orgNumber)) ?? (await api.fetchUnit('underenhet', orgNumber))
  if (!record)
    throw new AddFromRegisterError(404, {
      nn: `${orgNumber} finst ikkje i Einingsregisteret (verken som eining eller underavdeling): sjå etter skrivefeil`,
      en: `${orgNumber} is not in Enhetsregisteret (neither an enhet nor an underenhet)`,
    })
  const mapped = mapEnhet(record)
  if (!mapped.ok) {
    const en = `${orgNumber} cannot be added: ${mapped.reason}`
    if (mapped.removal)
      throw new AddFromRegisterError(422, {
        nn: `${orgNumber} kan ikkje leggjast til: eininga vart sletta frå Einingsregisteret ${norwegianDate(mapped.removal.deletedAt)}`,
        en,
      })
    // The reason names the register's fields in English: kept for the log and the command line.
    payload.logger.warn(`Add from the register: ${en}`)
    throw new AddFromRegisterError(422, {
      nn: `${orgNumber} kan ikkje leggjast til: posten i Einingsregisteret manglar noko vi treng eller har eit uventa format. Prøv igjen seinare, eller meld frå til den som driftar Næringshub.`,
      en,
    })
  }
  const { fields } = mapped

  const stored = byOrgNumber(await loadAllBusinesses(payload))
  const held = stored.get(orgNumber)
  let target = held?.id
  if (options.businessId !== undefined) {
    if (held && held.id !== options.businessId) {
      throw new AddFromRegisterError(409, {
        nn: `${orgNumber} er allereie registrert på ei anna verksemd (${held.name})`,
        en: `${orgNumber} is already registered on another business (${held.name})`,
      })
    }
    target = options.businessId
  }

  const parentOrg = fields.parentOrgNumber
  const parent = parentOrg ? stored.get(parentOrg) : undefined
  let parentName = parent?.name ?? null
  if (parentOrg && !parentName) {
    const p = (await api.fetchUnit('enhet', parentOrg)) as { navn?: string } | null
    parentName = p?.navn ?? null
  }
  const link = { parent: parent?.id ?? null, parentName: parentOrg ? parentName : null }

  let id: number
  if (target !== undefined) {
    await updateRegisterFields(payload, target, fields, link)
    await requestSiteBuild(payload, `register: ${fields.name} updated by org number`)
    id = target
  } else {
    id = await createBusiness(payload, fields, link)
  }
  // Its establishments held already now have their parent in the CMS.
  for (const b of stored.values()) {
    if (b.parentOrgNumber === orgNumber && b.parent !== id) {
      await updateRegisterFields(payload, b.id, {}, { parent: id, parentName: fields.name })
    }
  }
  await ensureRegisterUpdatesScheduled(payload, new Date())
  return {
    id,
    name: fields.name,
    created: target === undefined,
    registerUnit: fields.registerUnit,
    parentName,
  }
}
