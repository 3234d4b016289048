/** The checks of an event's own fields, with messages in the staff member's admin language. */
import type { Validate } from 'payload'

import { isWebUrl } from '../../../common/webUrl'
import { inLanguageOf } from '../../fields/labels'

export const endAfterStart: Validate<Date | string> = (value, { req, siblingData }) => {
  const start = (siblingData as { startsAt?: string })?.startsAt
  if (!value || !start) return true
  return new Date(value) >= new Date(start)
    ? true
    : inLanguageOf(
        req,
        'Arrangementet kan ikkje slutte før det byrjar',
        'The event cannot end before it starts',
      )
}

/** "Registration link" chosen as the way to sign up: the link must be there, and a web address. */
export const registrationLinkWhenAsked: Validate<string | null | undefined> = (
  value,
  { req, siblingData },
) =>
  (siblingData as { method?: string })?.method !== 'url' || isWebUrl(value)
    ? true
    : inLanguageOf(
        req,
        'Lenkja til påmelding må vere ei nettadresse som byrjar med https:// (eller http://)',
        'A registration link must be a web address starting with https:// (or http://)',
      )
