import type { FieldHook, Validate } from 'payload'

import { inLanguageOf } from '../../fields/labels'
import { normaliseOrgNumber, orgNumberProblem } from '../../fields/orgNumber'

/**
 * Set in `context` by a caller that has already checked the number against every business (the
 * register import loads them all first): saves one query per write. The unique index still holds.
 */
export const ORG_NUMBER_CHECKED_UNIQUE = 'orgNumberCheckedUnique'

/**
 * Checked here so the editor gets the reason, in their admin language (Nynorsk unless they chose
 * English); uniqueness is a database index with its own message.
 * Empty is allowed: an entrepreneur with an idea is followed up before the business is registered.
 */
export const validateOrgNumber: Validate<string> = async (value, { req, id }) => {
  if (!value) return true
  const problem = orgNumberProblem(value)
  if (problem === 'format')
    return inLanguageOf(
      req,
      `Organisasjonsnummeret «${value}» må ha nøyaktig 9 siffer`,
      `Organisation number "${value}" must be exactly 9 digits`,
    )
  if (problem === 'check-digit')
    return inLanguageOf(
      req,
      `Organisasjonsnummeret «${value}» har feil kontrollsiffer (modulus 11): sjå etter skrivefeil`,
      `Organisation number "${value}" has a wrong check digit (modulus 11): check for a typo`,
    )
  if (req.context?.[ORG_NUMBER_CHECKED_UNIQUE]) return true
  const clash = await req.payload.find({
    collection: 'businesses',
    where: { and: [{ orgNumber: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  const other = clash.docs[0] as { name?: string } | undefined
  if (!other) return true
  return inLanguageOf(
    req,
    `Organisasjonsnummeret ${value} er allereie registrert (${other.name ?? 'ei anna verksemd'})`,
    `Organisation number ${value} is already registered (${other.name ?? 'another business'})`,
  )
}

/** "974 760 673" and "974.760.673" are the same number as typed by people. */
export const normaliseOrgNumberHook: FieldHook = ({ value }) =>
  typeof value === 'string' ? normaliseOrgNumber(value) || null : value
