/**
 * POST /api/event-registrations: the sign-up form on an event's page, or on the page of a course
 * the office runs (`course` instead of `event`), as a plain form post (no JavaScript needed) and
 * from scripts (JSON). Protections as the newsletter's subscribe: a 16 KB body
 * cap, content type, honeypot, rate limits per client and per email address, and on any refusal
 * nothing is stored. The answer never says whether the address was signed up already (that would
 * tell anyone who knows an address who goes where): the email it receives says where it stands.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../../common/html'
import type { Locale } from '../../../common/locales'
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
  type Texts,
} from '../../http/formInput'
import { isHoneypotFilled } from '../../http/honeypot'
import { clientAddress, createRateLimiter, type RateLimitResult } from '../../http/rateLimit'
import { questionMode, type SignupQuestion, SIGNUP_QUESTIONS } from '../questions'
import { sendRegistrationEmail } from '../mail'
import { EventFullError, type RegistrationData, takeSeat } from '../seats'
import { hasSiteSignup, signupStatus } from '../signupState'
import { loadTarget, type SignupTarget, type TargetRef, targetUrl } from '../targets'

export const MAX_SIGNUP_BYTES = 16 * 1024
export const signupsPerClient = createRateLimiter({ limit: 10, windowMs: 10 * 60_000 })
export const signupsPerAddress = createRateLimiter({ limit: 5, windowMs: 60 * 60_000 })

const T = {
  thanksTitle: { nn: 'Takk for påmeldinga', en: 'Thank you for signing up' },
  thanks: {
    nn: 'Vi har sendt deg ein e-post. Der står det om du har plass eller står på ventelista, og korleis du melder deg av.',
    en: 'We have sent you an email. It says whether you have a place or are on the waiting list, and how to cancel.',
  },
  back: { nn: 'Tilbake til arrangementet', en: 'Back to the event' },
  backCourse: { nn: 'Tilbake til kurset', en: 'Back to the course' },
  noEvent: {
    nn: 'Vi finn ikkje dette arrangementet, eller det tek ikkje imot påmelding her.',
    en: 'We cannot find this event, or it does not take sign-ups here.',
  },
  noCourse: {
    nn: 'Vi finn ikkje dette kurset, eller det tek ikkje imot påmelding her.',
    en: 'We cannot find this course, or it does not take sign-ups here.',
  },
  cancelled: { nn: 'Arrangementet er avlyst.', en: 'The event has been cancelled.' },
  closed: { nn: 'Påmeldinga er stengd.', en: 'Sign-up is closed.' },
  full: {
    nn: 'Arrangementet er fullt, og det er inga venteliste.',
    en: 'The event is full, and there is no waiting list.',
  },
  fullCourse: {
    nn: 'Kurset er fullt, og det er inga venteliste.',
    en: 'The course is full, and there is no waiting list.',
  },
  name: { nn: 'Namn', en: 'Name' },
  email: { nn: 'E-post', en: 'Email' },
  emailInvalid: { nn: 'Skriv ei gyldig e-postadresse.', en: 'Enter a valid email address.' },
  phoneInvalid: {
    nn: 'Telefonnummeret kan berre innehalde siffer, mellomrom, + og -.',
    en: 'The phone number may only contain digits, spaces, + and -.',
  },
  orgNumberInvalid: {
    nn: 'Organisasjonsnummeret skal ha 9 siffer og vere gyldig: sjekk at du har skrive det rett.',
    en: 'The organisation number must have 9 valid digits: check for a typo.',
  },
  tooManyClient: {
    nn: 'For mange påmeldingar frå same stad: prøv igjen om {min} minutt.',
    en: 'Too many sign-ups from the same place: try again in {min} minutes.',
  },
  tooManyAddress: {
    nn: 'For mange påmeldingar med same e-postadresse: prøv igjen om {min} minutt.',
    en: 'Too many sign-ups with the same email address: try again in {min} minutes.',
  },
} satisfies Record<string, Texts>

const LIMITS: Record<SignupQuestion, number> = {
  orgNumber: 20,
  phone: 40,
  dietary: 500,
  accessibility: 500,
  message: 2000,
}

function limited(result: RateLimitResult, texts: Texts, locale: Locale) {
  if (result.allowed) return
  throw new HttpError(
    429,
    texts[locale].replace('{min}', String(Math.ceil(result.retryAfterSeconds / 60))),
    undefined,
    { 'Retry-After': String(result.retryAfterSeconds) },
  )
}

/** The answers the event's form asks for, checked; name and email always. */
export function parseSignup(
  fields: FormFields,
  event: Pick<SignupTarget, 'registration'>,
  locale: Locale,
): RegistrationData {
  const name = checkedText(fields, 'name', { label: T.name, max: 200, required: true, locale })!
  const email = checkedText(fields, 'email', { label: T.email, max: 254, required: true, locale })!
  if (!isEmailAddress(email)) throw new FormInputError(400, T.emailInvalid[locale], 'email')
  const answers: Partial<Record<SignupQuestion, string | null>> = {}
  for (const q of SIGNUP_QUESTIONS) {
    const mode = questionMode(event.registration?.questions, q.name)
    if (mode === 'off') continue
    answers[q.name] = checkedText(fields, q.name, {
      label: q.label,
      max: LIMITS[q.name],
      required: mode === 'required',
      locale,
    })
  }
  if (answers.phone && !isPhoneNumber(answers.phone))
    throw new FormInputError(400, T.phoneInvalid[locale], 'phone')
  if (answers.orgNumber) {
    if (orgNumberProblem(answers.orgNumber))
      throw new FormInputError(400, T.orgNumberInvalid[locale], 'orgNumber')
    answers.orgNumber = normaliseOrgNumber(answers.orgNumber)
  }
  return { name, email: email.toLowerCase(), locale, ...answers }
}

/** What the form names: `event=ID` or `course=ID`. */
function requestedTarget(fields: FormFields): TargetRef | null {
  const [kind, raw] =
    fields.course !== undefined ? ['course', fields.course] : ['event', fields.event]
  const id = Number(raw)
  return Number.isInteger(id) && id > 0 ? { kind: kind as TargetRef['kind'], id } : null
}

/** Published, taking sign-ups on this site: anything else is "not found" to the public. */
async function openTarget(req: PayloadRequest, ref: TargetRef | null, locale: Locale) {
  const target = ref ? await loadTarget(req.payload, ref, { locale }) : null
  if (!target?.published || !hasSiteSignup(target))
    throw new FormInputError(
      404,
      (ref?.kind === 'course' ? T.noCourse : T.noEvent)[locale],
      ref?.kind ?? 'event',
    )
  return target
}

export async function handleEventSignup(req: PayloadRequest): Promise<Response> {
  let locale: Locale = 'nn'
  let backUrl = env().siteUrl
  let backText: Texts = T.back
  try {
    const { fields } = await readFormBody(req, MAX_SIGNUP_BYTES)
    locale = formLocale(fields)
    const ref = requestedTarget(fields)
    if (ref?.kind === 'course') backText = T.backCourse
    const answerThanks = () =>
      acceptance(req, locale, {
        title: T.thanksTitle[locale],
        message: T.thanks[locale],
        extraHtml: `<p><a href="${escapeHtml(backUrl)}">${escapeHtml(backText[locale])}</a></p>`,
      })
    if (isHoneypotFilled(fields)) return answerThanks()
    limited(signupsPerClient.hit(clientAddress(req)), T.tooManyClient, locale)
    const target = await openTarget(req, ref, locale)
    backUrl = targetUrl(env().siteUrl, locale, target)
    const data = parseSignup(fields, target, locale)
    limited(signupsPerAddress.hit(data.email!), T.tooManyAddress, locale)
    const { state } = signupStatus(target, { confirmed: 0, waitlisted: 0 })
    if (state === 'cancelled') throw new FormInputError(409, T.cancelled[locale])
    if (state === 'closed') throw new FormInputError(409, T.closed[locale])
    const seat = await takeSeat(req.payload, target, data).catch((err) => {
      if (err instanceof EventFullError)
        throw new FormInputError(
          409,
          (target.ref.kind === 'course' ? T.fullCourse : T.full)[locale],
        )
      throw err
    })
    const kind = seat.registration.status === 'waitlisted' ? 'waitlisted' : 'confirmed'
    await sendRegistrationEmail(req.payload, seat.registration, kind, {
      waitlistPosition: seat.waitlistPosition,
    })
    return answerThanks()
  } catch (err) {
    if (err instanceof HttpError) return refusal(req, err, locale, { backUrl, backText })
    throw err
  }
}

export const eventSignupEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: handleEventSignup,
}
