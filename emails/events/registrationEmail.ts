/**
 * The emails an attendee of an event (or of a course the office runs) gets: the place or waitlist position confirmed, promotion from the
 * waitlist, the reminder the day before, their own cancellation, and the event cancelled or moved.
 * Plain and short, in the attendee's language; every one but the last two carries the cancel link.
 */
import { escapeHtml } from '../../common/html'
import type { Locale } from '../../common/locales'
import { formatRange } from '../../common/oslo'

export type RegistrationEmailKind =
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'reminder'
  | 'cancelled'
  | 'event-cancelled'
  | 'event-moved'

export interface RegistrationEmailInput {
  kind: RegistrationEmailKind
  locale: Locale
  name: string
  /** What the attendee signed up for: an event (the default) or a course the office runs. */
  subject?: 'event' | 'course'
  event: { title: string; startsAt: string; endsAt?: string | null; place?: string; url: string }
  office: { name: string; email?: string }
  /** 1 = first in line (waitlisted only). */
  waitlistPosition?: number
  cancelUrl?: string
}

const TEXTS = {
  nn: {
    subject: {
      confirmed: 'Du har plass: {title}',
      waitlisted: 'Du står på venteliste: {title}',
      promoted: 'Du har fått plass: {title}',
      reminder: 'Påminning: {title} i morgon',
      cancelled: 'Påmeldinga di er avmeld: {title}',
      'event-cancelled': 'Avlyst: {title}',
      'event-moved': 'Endra tid eller stad: {title}',
    },
    lead: {
      confirmed: 'Takk for påmeldinga! Du har plass på {title}.',
      waitlisted:
        'Arrangementet er fullt, så du står som nummer {position} på ventelista til {title}. Får du plass, sender vi deg ein e-post med ein gong.',
      promoted: 'Ein plass vart ledig, og du har no plass på {title}.',
      reminder: 'Vi minner om {title}. Velkomen!',
      cancelled: 'Du er avmeld frå {title}. Takk for at du sa frå.',
      'event-cancelled': '{title} er dessverre avlyst. Du treng ikkje gjere noko.',
      'event-moved': '{title} har fått ny tid eller stad. Sjå oppdatert informasjon under.',
    },
    greeting: 'Hei {name}!',
    when: 'Tid',
    where: 'Stad',
    calendar: 'Arrangementet ligg ved som kalenderfil (.ics).',
    cancel: 'Kan du ikkje kome? Meld deg av her, så får nokon andre plassen',
    more: 'Meir om arrangementet',
    questions: 'Spørsmål? Svar på denne e-posten eller skriv til',
  },
  en: {
    subject: {
      confirmed: 'You have a place: {title}',
      waitlisted: 'You are on the waiting list: {title}',
      promoted: 'You now have a place: {title}',
      reminder: 'Reminder: {title} tomorrow',
      cancelled: 'Your registration is cancelled: {title}',
      'event-cancelled': 'Cancelled: {title}',
      'event-moved': 'New time or place: {title}',
    },
    lead: {
      confirmed: 'Thank you for signing up! You have a place at {title}.',
      waitlisted:
        'The event is full, so you are number {position} on the waiting list for {title}. If a place frees up, we will email you at once.',
      promoted: 'A place became free, and you now have a place at {title}.',
      reminder: 'A reminder of {title}. Welcome!',
      cancelled: 'You are no longer signed up for {title}. Thank you for letting us know.',
      'event-cancelled': '{title} has unfortunately been cancelled. You need not do anything.',
      'event-moved': '{title} has a new time or place. See the details below.',
    },
    greeting: 'Hello {name}!',
    when: 'When',
    where: 'Where',
    calendar: 'The event is attached as a calendar file (.ics).',
    cancel: 'Cannot come? Cancel here, so someone else gets the place',
    more: 'More about the event',
    questions: 'Questions? Reply to this email or write to',
  },
}

/** The words that name the thing itself, for a course. */
const COURSE_TEXTS = {
  nn: {
    waitlisted:
      'Kurset er fullt, så du står som nummer {position} på ventelista til {title}. Får du plass, sender vi deg ein e-post med ein gong.',
    calendar: 'Samlingane ligg ved som kalenderfil (.ics).',
    more: 'Meir om kurset',
  },
  en: {
    waitlisted:
      'The course is full, so you are number {position} on the waiting list for {title}. If a place frees up, we will email you at once.',
    calendar: 'The sessions are attached as a calendar file (.ics).',
    more: 'More about the course',
  },
}

const fill = (s: string, values: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '')

/** Whether the email carries the event as a calendar file. */
export const hasCalendar = (kind: RegistrationEmailKind) =>
  kind === 'confirmed' ||
  kind === 'promoted' ||
  kind === 'event-moved' ||
  kind === 'event-cancelled'

const hasCancelLink = (kind: RegistrationEmailKind) =>
  kind === 'confirmed' || kind === 'waitlisted' || kind === 'promoted' || kind === 'reminder'

export function renderRegistrationEmail(input: RegistrationEmailInput) {
  const base = TEXTS[input.locale]
  const course = input.subject === 'course' ? COURSE_TEXTS[input.locale] : null
  const t = course
    ? {
        ...base,
        calendar: course.calendar,
        more: course.more,
        lead: { ...base.lead, waitlisted: course.waitlisted },
      }
    : base
  const e = input.event
  const values = {
    title: e.title,
    name: input.name,
    position: String(input.waitlistPosition ?? ''),
  }
  const when = formatRange(e.startsAt, e.endsAt ?? undefined, input.locale, false)
  const facts: [string, string][] = [[t.when, when], ...(e.place ? [[t.where, e.place]] : [])] as [
    string,
    string,
  ][]
  const cancel = hasCancelLink(input.kind) && input.cancelUrl ? input.cancelUrl : null
  const lead = fill(t.lead[input.kind], values)
  const greeting = fill(t.greeting, values)
  const contact = input.office.email ? `${t.questions} ${input.office.email}.` : ''
  const text = [
    greeting,
    '',
    lead,
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    `${t.more}: ${e.url}`,
    ...(hasCalendar(input.kind) ? ['', t.calendar] : []),
    ...(cancel ? ['', `${t.cancel}: ${cancel}`] : []),
    ...(contact ? ['', contact] : []),
    '',
    input.office.name,
  ].join('\n')
  const html = [
    `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(e.title)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:36rem">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<table role="presentation">${facts.map(([k, v]) => `<tr><th scope="row" style="text-align:left;padding-right:12px">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`,
    `<p><a href="${escapeHtml(e.url)}" style="color:#0b5a8a">${escapeHtml(t.more)}</a></p>`,
    ...(hasCalendar(input.kind) ? [`<p>${escapeHtml(t.calendar)}</p>`] : []),
    ...(cancel
      ? [`<p><a href="${escapeHtml(cancel)}" style="color:#0b5a8a">${escapeHtml(t.cancel)}</a></p>`]
      : []),
    ...(contact ? [`<p>${escapeHtml(contact)}</p>`] : []),
    `<p>${escapeHtml(input.office.name)}</p>`,
    '</body></html>',
  ].join('\n')
  return { subject: fill(t.subject[input.kind], values), html, text }
}
