/**
 * Sends an attendee of an event, or of a course the office runs, one of their emails
 * (emails/events/registrationEmail.ts) through the same messenger as every email, with the event
 * (or the course's sessions) as a calendar file where it helps and a signed cancel link. The idempotency key names the registration and the occasion, so a retried send arrives once.
 */
import type { Payload, PayloadRequest } from 'payload'

import { isLocale, type Locale } from '../../common/locales'
import { calendarAttachment } from '../../emails/events/calendar'
import {
  hasCalendar,
  type RegistrationEmailKind,
  renderRegistrationEmail,
} from '../../emails/events/registrationEmail'
import { emailHash, signToken } from '../../emails/links'
import type { SendSettings } from '../../emails/send/types'
import { officeOf } from '../newsletter/content'
import { sendSettingsFromEnv } from '../newsletter/send/settings'
import type { EventRegistration } from '../payload-types'
import { loadTarget, targetOf, targetUrl } from './targets'

export const cancelToken = (reg: Pick<EventRegistration, 'id' | 'email'>, secret: string) =>
  signToken(
    {
      purpose: 'registration',
      subscriberId: String(reg.id),
      emailHash: emailHash(reg.email ?? ''),
    },
    secret,
  )

export const cancelUrl = (reg: Pick<EventRegistration, 'id' | 'email'>, s: SendSettings) =>
  `${s.serverUrl}/api/event-registrations/cancel?token=${cancelToken(reg, s.linkSecret)}`

export interface RegistrationEmailOptions {
  settings?: SendSettings
  waitlistPosition?: number
  req?: Partial<PayloadRequest>
  /** Part of the idempotency key where one kind can be sent more than once (a second move). */
  occasion?: string
}

/** True when the provider accepted it; a failure is logged, never thrown at the attendee. */
export async function sendRegistrationEmail(
  payload: Payload,
  reg: EventRegistration,
  kind: RegistrationEmailKind,
  opts: RegistrationEmailOptions = {},
): Promise<boolean> {
  if (!reg.email) return false
  const settings = opts.settings ?? sendSettingsFromEnv()
  const locale: Locale = isLocale(reg.locale) ? reg.locale : 'nn'
  const [target, site] = await Promise.all([
    loadTarget(payload, targetOf(reg), { locale, req: opts.req }),
    payload.findGlobal({ slug: 'site-settings', locale, depth: 0, req: opts.req }),
  ])
  if (!target) return false
  const office = officeOf(site, locale)
  const url = targetUrl(settings.siteUrl, locale, target)
  const email = renderRegistrationEmail({
    kind,
    locale,
    name: reg.name ?? '',
    subject: target.ref.kind,
    event: {
      title: target.title,
      startsAt: target.startsAt,
      endsAt: target.endsAt,
      place: target.place,
      url,
    },
    office: { name: office.name, email: office.email },
    waitlistPosition: opts.waitlistPosition,
    cancelUrl: cancelUrl(reg, settings),
  })
  const host = new URL(settings.siteUrl).hostname
  const attachments = hasCalendar(kind)
    ? [
        calendarAttachment(
          {
            id: target.ref.id,
            kind: target.ref.kind,
            title: target.title,
            startsAt: target.startsAt,
            endsAt: target.endsAt,
            sessions: target.ref.kind === 'course' ? target.sessions : undefined,
            place: target.place,
            url,
            cancelled: Boolean(target.cancelled),
            updatedAt: target.updatedAt,
          },
          host,
        ),
      ]
    : undefined
  const key = `event-registration-${reg.id}-${kind}${opts.occasion ? `-${opts.occasion}` : ''}`
  for (let attempt = 0; attempt < 2; attempt++) {
    const outcome = await settings.messenger.sendOne(
      {
        from: settings.from,
        to: reg.email,
        ...email,
        ...(office.email ? { replyTo: office.email } : {}),
        attachments,
        tags: [
          { name: 'kind', value: `event-${kind}` },
          { name: 'registration', value: String(reg.id) },
        ],
      },
      { idempotencyKey: key, timeoutMs: settings.requestTimeoutMs },
    )
    if (outcome.ok) return true
    if (outcome.retry === 'never') {
      payload.logger.error({ msg: `Event email ${key} refused: ${outcome.message}` })
      return false
    }
  }
  payload.logger.error({ msg: `Event email ${key} not sent after a retry` })
  return false
}
