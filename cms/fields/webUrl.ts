/**
 * Every link an editor types that the site turns into an `href`: only web addresses. A
 * `javascript:` or `data:` URL would run script in a visitor's browser when clicked.
 */
import type { Validate } from 'payload'

import { isWebUrl } from '../../common/webUrl'

export const WEB_URL_MESSAGE =
  'Lenkja må vere ei nettadresse som byrjar med https:// (eller http://). / The link must be a web address starting with https:// (or http://).'

/** An empty value is left to `required`; anything else must be a web address. */
export const validateWebUrl: Validate<string | null | undefined> = (value) =>
  value === null || value === undefined || value === '' || isWebUrl(value) ? true : WEB_URL_MESSAGE
