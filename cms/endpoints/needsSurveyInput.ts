/**
 * Validation of the public needs survey: what a business may send, and the message (Nynorsk or
 * English, as the form) that tells the person what to fix. Nothing here touches the database
 * except looking up the topics by slug.
 */
import type { Locale } from '../../common/locales'
import type { Payload } from 'payload'

import { normaliseOrgNumber, orgNumberProblem } from '../fields/orgNumber'
import type { FormFields } from '../http/body'

export type SurveyLocale = Locale

export interface NeedsSurveyInput {
  orgNumber: string
  contactName: string
  contactEmail: string
  contactPhone: string | null
  topicIds: number[]
  text: string | null
  locale: SurveyLocale
}

export const LIMITS = { name: 200, email: 254, phone: 40, text: 5000, topics: 30 } as const

const MESSAGES = {
  orgNumberMissing: {
    nn: 'Skriv organisasjonsnummeret til verksemda.',
    en: 'Enter the business’s organisation number.',
  },
  orgNumberFormat: {
    nn: 'Organisasjonsnummeret skal ha 9 siffer.',
    en: 'The organisation number must have 9 digits.',
  },
  orgNumberCheck: {
    nn: 'Organisasjonsnummeret er ikkje gyldig: sjekk at du har skrive det rett.',
    en: 'The organisation number is not valid: check for a typo.',
  },
  nameMissing: { nn: 'Skriv namnet ditt.', en: 'Enter your name.' },
  nameLong: {
    nn: `Namnet kan vere høgst ${LIMITS.name} teikn.`,
    en: `The name can be at most ${LIMITS.name} characters.`,
  },
  emailInvalid: { nn: 'Skriv ei gyldig e-postadresse.', en: 'Enter a valid email address.' },
  phoneInvalid: {
    nn: 'Telefonnummeret kan berre innehalde siffer, mellomrom, + og -.',
    en: 'The phone number may only contain digits, spaces, + and -.',
  },
  topicUnknown: {
    nn: 'Eit av dei valde temaa finst ikkje lenger: last sida på nytt.',
    en: 'One of the chosen topics no longer exists: reload the page.',
  },
  topicsTooMany: { nn: 'For mange tema.', en: 'Too many topics.' },
  textLong: {
    nn: `Teksten kan vere høgst ${LIMITS.text} teikn.`,
    en: `The text can be at most ${LIMITS.text} characters.`,
  },
  nothingToSay: {
    nn: 'Vel minst eitt tema eller skriv kva de treng.',
    en: 'Choose at least one topic or write what you need.',
  },
} as const

export type SurveyProblemCode = keyof typeof MESSAGES

export class SurveyInputError extends Error {
  constructor(
    readonly code: SurveyProblemCode,
    readonly field: string,
    readonly locale: SurveyLocale,
  ) {
    super(MESSAGES[code][locale])
    this.name = 'SurveyInputError'
  }
}

export const surveyLocale = (fields: FormFields): SurveyLocale =>
  fields.locale === 'en' ? 'en' : 'nn'

/** One text value: a form sends strings; JSON may send anything, so anything else counts as missing. */
function text(fields: FormFields, key: string): string {
  const v = fields[key]
  return typeof v === 'string' ? v.trim() : ''
}

function list(fields: FormFields, key: string): string[] {
  const v = fields[key]
  const values = Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]
  return values
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.trim())
    .filter(Boolean)
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^[+\d][\d\s-]{3,}$/

export async function parseNeedsSurvey(
  payload: Payload,
  fields: FormFields,
): Promise<NeedsSurveyInput> {
  const locale = surveyLocale(fields)
  const fail = (code: SurveyProblemCode, field: string) => new SurveyInputError(code, field, locale)

  const orgNumber = normaliseOrgNumber(text(fields, 'orgNumber'))
  if (!orgNumber) throw fail('orgNumberMissing', 'orgNumber')
  const problem = orgNumberProblem(orgNumber)
  if (problem === 'format') throw fail('orgNumberFormat', 'orgNumber')
  if (problem === 'check-digit') throw fail('orgNumberCheck', 'orgNumber')

  const contactName = text(fields, 'contactName')
  if (!contactName) throw fail('nameMissing', 'contactName')
  if (contactName.length > LIMITS.name) throw fail('nameLong', 'contactName')

  const contactEmail = text(fields, 'contactEmail').toLowerCase()
  if (!EMAIL.test(contactEmail) || contactEmail.length > LIMITS.email)
    throw fail('emailInvalid', 'contactEmail')

  const contactPhone = text(fields, 'contactPhone') || null
  if (contactPhone && (!PHONE.test(contactPhone) || contactPhone.length > LIMITS.phone))
    throw fail('phoneInvalid', 'contactPhone')

  const slugs = [...new Set(list(fields, 'topics'))]
  if (slugs.length > LIMITS.topics) throw fail('topicsTooMany', 'topics')
  let topicIds: number[] = []
  if (slugs.length) {
    const found = await payload.find({
      collection: 'topics',
      where: { slug: { in: slugs } },
      pagination: false,
      depth: 0,
      select: { slug: true },
    })
    if (found.docs.length !== slugs.length) throw fail('topicUnknown', 'topics')
    const bySlug = new Map(found.docs.map((t) => [t.slug, t.id]))
    topicIds = slugs.map((s) => bySlug.get(s)!)
  }

  const body = text(fields, 'text') || null
  if (body && body.length > LIMITS.text) throw fail('textLong', 'text')
  if (!topicIds.length && !body) throw fail('nothingToSay', 'topics')

  return { orgNumber, contactName, contactEmail, contactPhone, topicIds, text: body, locale }
}
