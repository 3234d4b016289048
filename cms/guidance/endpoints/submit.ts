/**
 * POST /api/guidance-requests: "Få hjelp frå næringskontoret". The site's form (a plain form post)
 * or a script (JSON); the same protections as the other public forms: a 16 KB body cap, content
 * type, honeypot, rate limits per client and per address, and nothing stored on a refusal. A
 * receipt goes to the requester; the case waits on the advisor's dashboard.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import type { Locale } from '../../../common/locales'
import { href } from '../../../common/routes'
import { env } from '../../env'
import { normaliseOrgNumber, orgNumberProblem } from '../../fields/orgNumber'
import { type FormFields, readFormBody } from '../../http/body'
import { HttpError } from '../../http/errors'
import {
  acceptance,
  checkedText,
  FormInputError,
  formLocale,
  isEmailAddress,
  isPhoneNumber,
  refusal,
  textField,
  type Texts,
} from '../../http/formInput'
import { isHoneypotFilled } from '../../http/honeypot'
import { clientAddress, createRateLimiter, type RateLimitResult } from '../../http/rateLimit'
import { sendGuidanceReceipt } from '../mail'
import { type GuidanceInput, recordGuidanceRequest } from '../record'
import { CONTACT_WAYS, isGuidanceTopic } from '../topics'

export const MAX_GUIDANCE_BYTES = 16 * 1024
export const guidancePerClient = createRateLimiter({ limit: 5, windowMs: 10 * 60_000 })
export const guidancePerAddress = createRateLimiter({ limit: 3, windowMs: 60 * 60_000 })

const T = {
  thanksTitle: { nn: 'Takk, vi har fått førespurnaden', en: 'Thank you, we have your request' },
  thanks: {
    nn: 'Ein rådgjevar tek kontakt, som regel innan tre arbeidsdagar. Vi har sendt deg ei stadfesting på e-post.',
    en: 'An advisor will get in touch, usually within three working days. We have sent you a confirmation by email.',
  },
  back: { nn: 'Tilbake til skjemaet', en: 'Back to the form' },
  topic: { nn: 'Vel kva førespurnaden gjeld.', en: 'Choose what the request is about.' },
  description: { nn: 'Kort om kva du treng hjelp med', en: 'What you need help with' },
  contactTimes: { nn: 'Når det passar', en: 'Good times' },
  name: { nn: 'Namn', en: 'Name' },
  email: { nn: 'E-post', en: 'Email' },
  phone: { nn: 'Telefon', en: 'Phone' },
  emailInvalid: { nn: 'Skriv ei gyldig e-postadresse.', en: 'Enter a valid email address.' },
  phoneInvalid: {
    nn: 'Telefonnummeret kan berre innehalde siffer, mellomrom, + og -.',
    en: 'The phone number may only contain digits, spaces, + and -.',
  },
  orgNumber: {
    nn: 'Skriv organisasjonsnummeret (9 siffer), eller kryss av for at verksemda ikkje er registrert enno.',
    en: 'Enter the organisation number (9 digits), or tick that the business is not registered yet.',
  },
  orgNumberInvalid: {
    nn: 'Organisasjonsnummeret er ikkje gyldig: sjekk at du har skrive det rett.',
    en: 'The organisation number is not valid: check for a typo.',
  },
  consent: {
    nn: 'Kryss av for at vi kan lagre og bruke opplysningane for å hjelpe deg.',
    en: 'Tick that we may store and use the details to help you.',
  },
  tooManyClient: {
    nn: 'For mange førespurnader frå same stad: prøv igjen om {min} minutt.',
    en: 'Too many requests from the same place: try again in {min} minutes.',
  },
  tooManyAddress: {
    nn: 'For mange førespurnader med same e-postadresse: prøv igjen om {min} minutt.',
    en: 'Too many requests with the same email address: try again in {min} minutes.',
  },
} satisfies Record<string, Texts>

function limited(result: RateLimitResult, texts: Texts, locale: Locale) {
  if (result.allowed) return
  throw new HttpError(
    429,
    texts[locale].replace('{min}', String(Math.ceil(result.retryAfterSeconds / 60))),
    undefined,
    { 'Retry-After': String(result.retryAfterSeconds) },
  )
}

const yes = (v: unknown) => v === true || v === 'yes' || v === 'on' || v === 'true'

export function parseGuidance(
  fields: FormFields,
  locale: Locale,
): Omit<GuidanceInput, 'fundingScheme'> {
  const topic = textField(fields, 'topic')
  if (!isGuidanceTopic(topic)) throw new FormInputError(400, T.topic[locale], 'topic')
  const description = checkedText(fields, 'description', {
    label: T.description,
    max: 4000,
    required: true,
    locale,
  })!
  const way = textField(fields, 'contactWay')
  const contactWay = CONTACT_WAYS.some((w) => w.value === way)
    ? (way as GuidanceInput['contactWay'])
    : null
  const contactTimes = checkedText(fields, 'contactTimes', {
    label: T.contactTimes,
    max: 300,
    required: false,
    locale,
  })
  const name = checkedText(fields, 'name', { label: T.name, max: 200, required: true, locale })!
  const email = checkedText(fields, 'email', { label: T.email, max: 254, required: true, locale })!
  if (!isEmailAddress(email)) throw new FormInputError(400, T.emailInvalid[locale], 'email')
  const phone = checkedText(fields, 'phone', { label: T.phone, max: 40, required: false, locale })
  if (phone && !isPhoneNumber(phone)) throw new FormInputError(400, T.phoneInvalid[locale], 'phone')
  const notRegistered = yes(fields.notRegistered)
  const rawOrg = textField(fields, 'orgNumber')
  if (!notRegistered && !rawOrg) throw new FormInputError(400, T.orgNumber[locale], 'orgNumber')
  if (rawOrg && orgNumberProblem(rawOrg))
    throw new FormInputError(400, T.orgNumberInvalid[locale], 'orgNumber')
  if (!yes(fields.consent)) throw new FormInputError(400, T.consent[locale], 'consent')
  return {
    topic,
    description,
    contactWay,
    contactTimes,
    orgNumber: rawOrg ? normaliseOrgNumber(rawOrg) : null,
    notRegistered: notRegistered && !rawOrg,
    name,
    email: email.toLowerCase(),
    phone,
    locale,
  }
}

/** The scheme the form was opened from ("help with this application"); unknown ones are dropped. */
async function fundingSchemeId(req: PayloadRequest, value: unknown): Promise<number | null> {
  const id = Number(value)
  if (!value || !Number.isInteger(id)) return null
  const found = await req.payload.findByID({
    collection: 'funding-schemes',
    id,
    depth: 0,
    disableErrors: true,
  })
  return found ? id : null
}

export async function handleGuidanceRequest(req: PayloadRequest): Promise<Response> {
  let locale: Locale = 'nn'
  const backUrl = () => `${env().siteUrl}${href(locale, 'guidance')}`
  try {
    const { fields } = await readFormBody(req, MAX_GUIDANCE_BYTES)
    locale = formLocale(fields)
    const thanks = () =>
      acceptance(req, locale, { title: T.thanksTitle[locale], message: T.thanks[locale] })
    if (isHoneypotFilled(fields)) return thanks()
    limited(guidancePerClient.hit(clientAddress(req)), T.tooManyClient, locale)
    const input = parseGuidance(fields, locale)
    limited(guidancePerAddress.hit(input.email), T.tooManyAddress, locale)
    const request = await recordGuidanceRequest(req.payload, {
      ...input,
      fundingScheme: await fundingSchemeId(req, fields.fundingScheme),
    })
    await sendGuidanceReceipt(req.payload, request)
    return thanks()
  } catch (err) {
    if (err instanceof HttpError)
      return refusal(req, err, locale, { backUrl: backUrl(), backText: T.back })
    throw err
  }
}

export const guidanceSubmitEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: handleGuidanceRequest,
}
