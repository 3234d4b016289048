/**
 * The attendee's cancel link: GET /api/event-registrations/cancel?token=… shows the event and a
 * button (a link scanner's GET must not cancel anyone); the button POSTs, which cancels, gives the
 * place to the first on the waiting list and emails both.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { escapeHtml } from '../../../common/html'
import { isLocale, type Locale } from '../../../common/locales'
import { emailHash, verifyToken } from '../../../emails/links'
import { readFormBody } from '../../http/body'
import { HttpError } from '../../http/errors'
import { hidden, page, paragraph, postForm } from '../../http/page'
import { htmlResponse, tokenFrom } from '../../http/respond'
import { env } from '../../env'
import type { EventRegistration } from '../../payload-types'
import { sendRegistrationEmail } from '../mail'
import { cancelRegistration } from '../seats'
import { loadTarget, targetOf } from '../targets'

const T = {
  invalidTitle: { nn: 'Lenkja verkar ikkje', en: 'The link does not work' },
  invalid: {
    nn: 'Lenkja er ikkje gyldig, eller påmeldinga finst ikkje lenger. Ta kontakt med næringskontoret om du treng hjelp.',
    en: 'The link is not valid, or the registration no longer exists. Contact the business office if you need help.',
  },
  title: { nn: 'Meld deg av', en: 'Cancel your place' },
  confirm: {
    nn: 'Vil du melde deg av «{title}»? Plassen din går då til den første på ventelista.',
    en: 'Do you want to cancel your registration for “{title}”? Your place then goes to the first on the waiting list.',
  },
  button: { nn: 'Meld meg av', en: 'Cancel my registration' },
  doneTitle: { nn: 'Du er avmeld', en: 'You are no longer signed up' },
  done: {
    nn: 'Takk for at du sa frå. Vi har sendt deg ein e-post som stadfestar det.',
    en: 'Thank you for letting us know. We have sent you an email to confirm it.',
  },
  already: { nn: 'Du er allereie avmeld.', en: 'You are already signed off.' },
}

type Found = { reg: EventRegistration; locale: Locale; eventTitle: string }

async function registrationFromToken(req: PayloadRequest, token: string): Promise<Found | null> {
  const checked = verifyToken(token, 'registration', env().newsletter.linkSecret)
  if (!checked.ok) return null
  const reg = await req.payload.findByID({
    collection: 'event-registrations',
    id: Number(checked.claims.subscriberId),
    depth: 0,
    disableErrors: true,
  })
  // An erased registration (no address) or a reused id opens nothing.
  if (!reg?.email || emailHash(reg.email) !== checked.claims.emailHash) return null
  const locale: Locale = isLocale(reg.locale) ? reg.locale : 'nn'
  const target = await loadTarget(req.payload, targetOf(reg), { locale })
  return target ? { reg, locale, eventTitle: target.title } : null
}

const invalid = (locale: Locale = 'nn') =>
  htmlResponse(404, page(locale, T.invalidTitle[locale], paragraph(T.invalid[locale], 'error')))

async function showCancel(req: PayloadRequest): Promise<Response> {
  const found = await registrationFromToken(req, tokenFrom(req))
  if (!found) return invalid()
  const { reg, locale, eventTitle } = found
  if (reg.status === 'cancelled')
    return htmlResponse(
      200,
      page(locale, T.doneTitle[locale], paragraph(T.already[locale], 'notice')),
    )
  const form = postForm(
    '/api/event-registrations/cancel',
    hidden('token', tokenFrom(req)),
    T.button[locale],
    'danger',
  )
  return htmlResponse(
    200,
    page(
      locale,
      T.title[locale],
      `<p>${escapeHtml(T.confirm[locale].replace('{title}', eventTitle))}</p>${form}`,
    ),
  )
}

async function confirmCancel(req: PayloadRequest): Promise<Response> {
  let form: Record<string, string | string[]> = {}
  try {
    const body = await readFormBody(req, 4096)
    form = body.fields as Record<string, string | string[]>
  } catch (err) {
    if (!(err instanceof HttpError)) throw err
  }
  const found = await registrationFromToken(req, tokenFrom(req, form))
  if (!found) return invalid()
  const { reg, locale } = found
  const { cancelled, promoted } = await cancelRegistration(req.payload, reg.id)
  if (cancelled) await sendRegistrationEmail(req.payload, cancelled, 'cancelled')
  for (const p of promoted) await sendRegistrationEmail(req.payload, p, 'promoted')
  return htmlResponse(
    200,
    page(
      locale,
      T.doneTitle[locale],
      paragraph(cancelled ? T.done[locale] : T.already[locale], 'notice'),
    ),
  )
}

export const cancelEndpoints: Endpoint[] = [
  { path: '/cancel', method: 'get', handler: showCancel },
  { path: '/cancel', method: 'post', handler: confirmCancel },
]
