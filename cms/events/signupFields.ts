/**
 * The fields an editor sets for sign-up on this site, inside an event's `registration` group:
 * whether a waiting list is kept and which questions the form asks. Capacity is the event's own
 * `capacity`; the deadline is the group's `deadline`.
 */
import type { Field } from 'payload'

import { label } from '../fields/labels'
import { QUESTION_MODES, SIGNUP_QUESTIONS } from './questions'

const onSite = (_: unknown, sibling: { method?: string } | undefined) => sibling?.method === 'site'

export const siteSignupFields = (): Field[] => [
  {
    name: 'waitlist',
    type: 'checkbox',
    defaultValue: true,
    label: label('Før venteliste når det er fullt', 'Keep a waiting list when full'),
    admin: { condition: onSite },
  },
  {
    name: 'questions',
    type: 'group',
    label: label(
      'Spørsmål i skjemaet (namn og e-post er alltid med)',
      'Questions (name and email are always asked)',
    ),
    admin: { condition: onSite },
    fields: SIGNUP_QUESTIONS.map((q): Field => ({
      name: q.name,
      type: 'select',
      defaultValue: q.name === 'dietary' || q.name === 'accessibility' ? 'optional' : 'off',
      options: QUESTION_MODES,
      label: q.label,
    })),
  },
]
