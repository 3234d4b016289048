/**
 * Page addresses in both languages. Nynorsk lives at the root with Nynorsk words; English under
 * /en/ with English words. Every link in the site is made here, so a route is renamed in one place.
 */
import type { Locale } from './locales'

export { htmlLang, isLocale, LOCALES, otherLocale, type Locale } from './locales'

export const SECTIONS = {
  news: { nn: 'nyheiter', en: 'news' },
  newsArchive: { nn: 'nyheiter/arkiv', en: 'news/archive' },
  events: { nn: 'arrangement', en: 'events' },
  pastEvents: { nn: 'arrangement/tidlegare', en: 'events/past' },
  courses: { nn: 'kurs', en: 'courses' },
  providers: { nn: 'tilbydarar', en: 'providers' },
  businesses: { nn: 'bedrifter', en: 'businesses' },
  topics: { nn: 'tema', en: 'topics' },
  contact: { nn: 'kontakt', en: 'contact' },
  newsletter: { nn: 'nyheitsbrev', en: 'newsletter' },
  newsletterThanks: { nn: 'nyheitsbrev/takk', en: 'newsletter/thanks' },
  archive: { nn: 'nyheitsbrev/arkiv', en: 'newsletter/archive' },
  accessibility: { nn: 'tilgjengelegheit', en: 'accessibility' },
  search: { nn: 'sok', en: 'search' },
  knowledge: { nn: 'kunnskap', en: 'knowledge' },
  funding: { nn: 'tilskot', en: 'funding' },
  needs: { nn: 'behov', en: 'needs' },
  needsThanks: { nn: 'behov/takk', en: 'needs/thanks' },
  guidance: { nn: 'hjelp', en: 'help' },
} as const

export type Section = keyof typeof SECTIONS

const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '')

/** `/nyheiter/` or `/en/news/`; with a slug `/nyheiter/slug/`. */
export function href(locale: Locale, section?: Section, slug?: string | number): string {
  if (!section) return `${prefix(locale)}/`
  const path = SECTIONS[section][locale]
  return `${prefix(locale)}/${path}/${slug !== undefined ? `${slug}/` : ''}`
}

/** A month of the news archive: `/nyheiter/arkiv/2026/12/`; `month` is `YYYY-MM`. */
export const newsMonthHref = (locale: Locale, month: string) =>
  href(locale, 'newsArchive', month.replace('-', '/'))

export const homeHref = (locale: Locale) => href(locale)
export const rssHref = (locale: Locale) => `${prefix(locale)}/rss.xml`
export const calendarHref = (locale: Locale) =>
  `${prefix(locale)}/${SECTIONS.events[locale]}/${locale === 'nn' ? 'kalender' : 'calendar'}.ics`
export const eventIcsHref = (locale: Locale, slug: string) =>
  `${prefix(locale)}/${SECTIONS.events[locale]}/${slug}.ics`

/** Addresses of linked content for emails and endpoints (the same routes the site builds). */
export const sitePaths = {
  article: (locale: Locale, slug: string) => href(locale, 'news', slug),
  event: (locale: Locale, slug: string) => href(locale, 'events', slug),
  course: (locale: Locale, slug: string) => href(locale, 'courses', slug),
  signup: (locale: Locale) => href(locale, 'newsletter'),
  thanks: (locale: Locale) => href(locale, 'newsletterThanks'),
  needsThanks: (locale: Locale) => href(locale, 'needsThanks'),
  /** The web version in the site's archive (published when the issue is sent). */
  archive: (locale: Locale, issueId: string) => href(locale, 'archive', issueId),
}
