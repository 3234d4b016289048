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

/** What the person asked for cannot be done; the message says why and what to do. */
export class AddFromRegisterError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'AddFromRegisterError'
  }
}

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
  if (problem) {
    const why =
      problem === 'format'
        ? 'must be exactly 9 digits'
        : 'has a wrong check digit: check for a typo'
    throw new AddFromRegisterError(400, `Organisation number "${input}" ${why}`)
  }
  const api = options.api ?? registerApi({ baseUrl: env().brregBaseUrl })
  const record =
    (await api.fetchUnit('enhet', orgNumber)) ?? (await api.fetchUnit('underenhet', orgNumber))
  if (!record)
    throw new AddFromRegisterError(
      404,
      `${orgNumber} is not in Enhetsregisteret (neither an enhet nor an underenhet)`,
    )
  const mapped = mapEnhet(record)
  if (!mapped.ok)
    throw new AddFromRegisterError(422, `${orgNumber} cannot be added: ${mapped.reason}`)
  const { fields } = mapped

  const stored = byOrgNumber(await loadAllBusinesses(payload))
  const held = stored.get(orgNumber)
  let target = held?.id
  if (options.businessId !== undefined) {
    if (held && held.id !== options.businessId) {
      throw new AddFromRegisterError(
        409,
        `${orgNumber} is already registered on another business (${held.name})`,
      )
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
