/**
 * What a sign-up form may ask besides name and email (always asked: the place is confirmed by
 * email). The editor sets each question off, optional or required per event.
 */
import { label } from '../fields/labels'

export const SIGNUP_QUESTIONS = [
  { name: 'orgNumber', label: label('Organisasjonsnummer', 'Organisation number') },
  { name: 'phone', label: label('Telefon', 'Phone') },
  { name: 'dietary', label: label('Allergiar og kosthald', 'Dietary needs') },
  { name: 'accessibility', label: label('Behov for tilrettelegging', 'Accessibility needs') },
  { name: 'message', label: label('Anna du vil seie oss', 'Anything else') },
] as const

export type SignupQuestion = (typeof SIGNUP_QUESTIONS)[number]['name']
export type QuestionMode = 'off' | 'optional' | 'required'

export const QUESTION_MODES = [
  { value: 'off', label: label('Ikkje spør', 'Do not ask') },
  { value: 'optional', label: label('Valfritt', 'Optional') },
  { value: 'required', label: label('Påkravd', 'Required') },
]

export type QuestionSettings = Partial<Record<SignupQuestion, QuestionMode | null>>

export const questionMode = (q: QuestionSettings | null | undefined, name: SignupQuestion) =>
  (q?.[name] ?? 'off') as QuestionMode
