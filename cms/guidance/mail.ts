/** The requester's receipt and the advisors' replies, through the messenger every email uses. */
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { isLocale, type Locale } from '../../common/locales'
import { renderGuidanceReceipt, renderGuidanceReply } from '../../emails/guidance/guidanceEmail'
import type { OutgoingEmail } from '../../emails/send/messenger'
import type { SendSettings } from '../../emails/send/types'
import { officeOf } from '../newsletter/content'
import { sendSettingsFromEnv } from '../newsletter/send/settings'
import type { GuidanceRequest } from '../payload-types'

async function send(
  payload: Payload,
  settings: SendSettings,
  email: Omit<OutgoingEmail, 'from'>,
  idempotencyKey: string,
): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const outcome = await settings.messenger.sendOne(
      { from: settings.from, ...email },
      { idempotencyKey, timeoutMs: settings.requestTimeoutMs },
    )
    if (outcome.ok) return true
    if (outcome.retry === 'never') break
  }
  payload.logger.error({ msg: `Guidance email ${idempotencyKey} not sent` })
  return false
}

async function officeFor(payload: Payload, locale: Locale, req?: Partial<PayloadRequest>) {
  return officeOf(
    await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, req }),
    locale,
  )
}

const localeOf = (r: Pick<GuidanceRequest, 'locale'>): Locale =>
  isLocale(r.locale) ? r.locale : 'nn'

export async function sendGuidanceReceipt(
  payload: Payload,
  request: GuidanceRequest,
  settings = sendSettingsFromEnv(),
) {
  const locale = localeOf(request)
  const office = await officeFor(payload, locale)
  const email = renderGuidanceReceipt({
    locale,
    name: request.name,
    office,
    description: request.description,
  })
  return send(
    payload,
    settings,
    {
      to: request.email,
      ...email,
      ...(office.email ? { replyTo: office.email } : {}),
      tags: [{ name: 'kind', value: 'guidance-receipt' }],
    },
    `guidance-receipt-${request.id}`,
  )
}

export async function sendGuidanceReply(
  payload: Payload,
  request: Pick<GuidanceRequest, 'id' | 'name' | 'email' | 'locale'>,
  text: string,
  replyTo: string | undefined,
  req?: Partial<PayloadRequest>,
  settings = sendSettingsFromEnv(),
) {
  const locale = localeOf(request)
  const office = await officeFor(payload, locale, req)
  const email = renderGuidanceReply({ locale, name: request.name, office, text })
  const key = createHash('sha256').update(`${request.id}\n${text}`).digest('hex').slice(0, 24)
  return send(
    payload,
    settings,
    {
      to: request.email,
      ...email,
      ...(replyTo || office.email ? { replyTo: replyTo || office.email } : {}),
      tags: [{ name: 'kind', value: 'guidance-reply' }],
    },
    `guidance-reply-${request.id}-${key}`,
  )
}
