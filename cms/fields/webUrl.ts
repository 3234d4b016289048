/**
 * Every link an editor types that the site turns into an `href`: only web addresses. A
 * `javascript:` or `data:` URL would run script in a visitor's browser when clicked.
 */
import type { Validate } from 'payload'

import { isWebUrl } from '../../common/webUrl'
import { inLanguageOf } from './labels'

/** In the staff member's admin language (Nynorsk unless they chose English). */
export const WEB_URL_MESSAGE = {
  nn: 'Lenkja må vere ei nettadresse som byrjar med https:// (eller http://).',
  en: 'The link must be a web address starting with https:// (or http://).',
} as const

/** An empty value is left to `required`; anything else must be a web address. */
export const validateWebUrl: Validate<string | null | undefined> = (value, { req }) =>
  value === null || value === undefined || value === '' || isWebUrl(value)
    ? true
    : inLanguageOf(req, WEB_URL_MESSAGE.nn, WEB_URL_MESSAGE.en)
