/**
 * Payload's own emails (staff password reset, account verification) go the way every other email
 * goes: through the messenger the settings choose (emails/send/), so Resend in production and the
 * fake Resend's outbox in development. Without this Payload only writes them to the console.
 */
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { OutgoingEmail } from '../../emails/send/messenger'
import { addressOf, env } from '../env'
import { messengerFromEnv } from '../newsletter/send/messengerFromEnv'

type Address = string | { name?: string; address: string }

const formatAddress = (a: Address) =>
  typeof a === 'string' ? a : a.name ? `${a.name} <${a.address}>` : a.address

/** Nodemailer-style recipients (a string, a list, or address objects) as plain strings. */
function recipients(to: SendEmailOptions['to']): string[] {
  if (!to) return []
  const list = Array.isArray(to) ? to : [to]
  return list.map((a) => formatAddress(a as Address))
}

const asText = (value: unknown) => (typeof value === 'string' ? value : value ? String(value) : '')

export class StaffEmailNotSentError extends Error {
  constructor(message: string) {
    super(`The email could not be sent: ${message}`)
    this.name = 'StaffEmailNotSentError'
  }
}

export function toOutgoingEmails(message: SendEmailOptions, defaultFrom: string): OutgoingEmail[] {
  const html = asText(message.html)
  const text =
    asText(message.text) ||
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  const from = message.from ? formatAddress(message.from as Address) : defaultFrom
  return recipients(message.to).map((to) => ({
    from,
    to,
    subject: asText(message.subject),
    html: html || `<p>${text}</p>`,
    text,
  }))
}

export const messengerEmailAdapter: EmailAdapter<{ ids: string[] }> = () => {
  const settings = env().newsletter
  const fromAddress = addressOf(settings.emailFrom) ?? settings.emailFrom
  const fromName = settings.emailFrom.replace(/\s*<[^>]*>\s*$/, '').trim() || fromAddress
  return {
    name: 'messenger',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    async sendEmail(message) {
      // Read when sending, not when Payload starts: the settings may be completed after start-up.
      const current = env().newsletter
      const messenger = messengerFromEnv(current)
      const ids: string[] = []
      for (const email of toOutgoingEmails(message, current.emailFrom)) {
        const outcome = await messenger.sendOne(email, { timeoutMs: current.requestTimeoutMs })
        if (!outcome.ok) throw new StaffEmailNotSentError(outcome.message)
        ids.push(...outcome.ids)
      }
      return { ids }
    },
  }
}
