/**
 * The guidance requester's emails: the receipt right after the form, and each reply an advisor
 * writes in the admin. Plain, in the requester's language; replies go back to the office.
 */
import { escapeHtml } from '../../common/html'
import type { Locale } from '../../common/locales'

export interface GuidanceEmailInput {
  locale: Locale
  name: string
  office: { name: string; email?: string }
}

const T = {
  nn: {
    receiptSubject: 'Vi har fått førespurnaden din',
    receipt:
      'Takk for at du tok kontakt med {office}. Ein rådgjevar les førespurnaden din og tek kontakt, som regel innan tre arbeidsdagar.',
    yourText: 'Dette skreiv du:',
    replySubject: 'Svar frå {office}',
    answer: 'Du kan svare på denne e-posten.',
    greeting: 'Hei {name}!',
  },
  en: {
    receiptSubject: 'We have received your request',
    receipt:
      'Thank you for contacting {office}. An advisor will read your request and get in touch, usually within three working days.',
    yourText: 'What you wrote:',
    replySubject: 'Reply from {office}',
    answer: 'You can reply to this email.',
    greeting: 'Hello {name}!',
  },
}

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k) => v[k] ?? '')

function compose(input: GuidanceEmailInput, subject: string, paragraphs: string[]) {
  const v = { name: input.name, office: input.office.name }
  const lines = [fill(T[input.locale].greeting, v), ...paragraphs, input.office.name]
  return {
    subject: fill(subject, v),
    text: lines.join('\n\n'),
    html: `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(fill(subject, v))}</title></head><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:36rem">${lines
      .map((l) => `<p style="white-space:pre-line">${escapeHtml(l)}</p>`)
      .join('')}</body></html>`,
  }
}

export function renderGuidanceReceipt(input: GuidanceEmailInput & { description: string }) {
  const t = T[input.locale]
  return compose(input, t.receiptSubject, [
    fill(t.receipt, { office: input.office.name }),
    `${t.yourText}\n${input.description}`,
  ])
}

export function renderGuidanceReply(input: GuidanceEmailInput & { text: string }) {
  const t = T[input.locale]
  return compose(input, t.replySubject, [input.text, t.answer])
}
