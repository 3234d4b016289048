/**
 * Sends an attendee one of their emails (emails/events/registrationEmail.ts) through the same
 * messenger as every email, with the event as a calendar file where it helps and a signed cancel
 * link. The idempotency key names the registration and the occasion, so a retried send arrives once.
 */
import type { Payload, PayloadRequest } from 'payload'

import { isLocale, type Locale } from '../../common/locales'
import { sitePaths } from '../../common/routes'
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
import type { Event, EventRegistration } from '../payload-types'

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

const eventId = (reg: EventRegistration) =>
  typeof reg.event === 'number' ? reg.event : reg.event.id

export const placeOf = (e: Pick<Event, 'venue' | 'address' | 'onlineUrl'>) =>
  [e.venue, e.address].filter(Boolean).join(', ') || e.onlineUrl || ''

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
  const [event, site] = await Promise.all([
    payload.findByID({ collection: 'events', id: eventId(reg), depth: 0, locale, req: opts.req }),
    payload.findGlobal({ slug: 'site-settings', locale, depth: 0, req: opts.req }),
  ])
  const office = officeOf(site, locale)
  const url = `${settings.siteUrl}${sitePaths.event(locale, event.slug ?? String(event.id))}`
  const place = placeOf(event)
  const email = renderRegistrationEmail({
    kind,
    locale,
    name: reg.name ?? '',
    event: { title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, place, url },
    office: { name: office.name, email: office.email },
    waitlistPosition: opts.waitlistPosition,
    cancelUrl: cancelUrl(reg, settings),
  })
  const host = new URL(settings.siteUrl).hostname
  const attachments = hasCalendar(kind)
    ? [
        calendarAttachment(
          {
            id: event.id,
            title: event.title,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            place,
            url,
            cancelled: Boolean(event.cancelled),
            updatedAt: event.updatedAt,
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
