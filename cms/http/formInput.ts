/**
 * Reading and answering the public forms that are not the newsletter's (event sign-up, guidance
 * requests): text fields with limits, a refusal that names the field in the sender's language,
 * and the answer a browser (a small page) or a script (JSON) gets.
 */
import { escapeHtml } from '../../common/html'
import type { Locale } from '../../common/locales'
import type { FormFields } from './body'
import { wantsJson } from './body'
import { HttpError } from './errors'
import { page, paragraph } from './page'
import { htmlResponse, json } from './respond'

export type Texts = Record<Locale, string>

/** A refusal in the sender's language, naming the field at fault. */
export class FormInputError extends HttpError {
  constructor(status: number, message: string, field?: string) {
    super(status, message, field)
    this.name = 'FormInputError'
  }
}

export const formLocale = (fields: FormFields): Locale => (fields.locale === 'en' ? 'en' : 'nn')

/** One text value: a form sends strings; anything else from JSON counts as missing. */
export function textField(fields: FormFields, key: string): string {
  const v = fields[key]
  return typeof v === 'string' ? v.trim() : ''
}

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/
export const isEmailAddress = (s: string) => s.length <= 254 && EMAIL.test(s)
export const isPhoneNumber = (s: string) => s.length <= 40 && /^\+?[\d\s-]{5,}$/.test(s)

const TOO_LONG: Texts = {
  nn: 'Teksten i «{label}» kan vere høgst {max} teikn.',
  en: 'The text in “{label}” can be at most {max} characters.',
}
const MISSING: Texts = { nn: 'Fyll ut «{label}».', en: 'Fill in “{label}”.' }

/** A text field checked for presence (when required) and length; null when left empty. */
export function checkedText(
  fields: FormFields,
  key: string,
  opts: { label: Texts; max: number; required: boolean; locale: Locale },
): string | null {
  const value = textField(fields, key)
  const fill = (t: Texts) =>
    t[opts.locale].replace('{label}', opts.label[opts.locale]).replace('{max}', String(opts.max))
  if (!value) {
    if (opts.required) throw new FormInputError(400, fill(MISSING), key)
    return null
  }
  if (value.length > opts.max) throw new FormInputError(400, fill(TOO_LONG), key)
  return value
}

const NOT_SENT: Texts = { nn: 'Skjemaet vart ikkje sendt', en: 'The form was not sent' }
const BACK_HINT: Texts = {
  nn: 'Bruk «tilbake» i nettlesaren for å rette det du skreiv.',
  en: 'Use your browser’s back button to correct what you typed.',
}

/** JSON { error, field } for scripts; a page with the message and a way back for browsers. */
export function refusal(
  req: { headers: Headers },
  err: HttpError,
  locale: Locale,
  opts: { backUrl: string; backText: Texts; officeName?: string },
): Response {
  if (wantsJson(req) || err.status === 415)
    return json(
      err.status,
      { error: err.message, ...(err.field ? { field: err.field } : {}) },
      err.headers,
    )
  const body =
    paragraph(err.message, 'error') +
    `<p>${escapeHtml(BACK_HINT[locale])}</p><p><a href="${escapeHtml(opts.backUrl)}">${escapeHtml(opts.backText[locale])}</a></p>`
  return htmlResponse(
    err.status,
    page(locale, NOT_SENT[locale], body, opts.officeName),
    err.headers,
  )
}

/** The answer to an accepted form: 201 JSON, or a page saying what happens next. */
export function acceptance(
  req: { headers: Headers },
  locale: Locale,
  opts: { title: string; message: string; extraHtml?: string; officeName?: string },
): Response {
  if (wantsJson(req)) return json(201, { message: opts.message })
  return htmlResponse(
    200,
    page(
      locale,
      opts.title,
      paragraph(opts.message, 'notice') + (opts.extraHtml ?? ''),
      opts.officeName,
    ),
  )
}
