/**
 * The languages of everything the public sees: Nynorsk (the office's written language, the default)
 * and English. Payload's localization, the site's routes and the emails all take them from here.
 */
export type Locale = 'nn' | 'en'
export const LOCALES: readonly Locale[] = ['nn', 'en']
export const DEFAULT_LOCALE: Locale = 'nn'

export const isLocale = (v: unknown): v is Locale => v === 'nn' || v === 'en'
export const otherLocale = (locale: Locale): Locale => (locale === 'nn' ? 'en' : 'nn')
/** The BCP 47 tag for Intl formatting: Norwegian Nynorsk, and British English (day before month). */
export const intlLocale = (locale: Locale) => (locale === 'nn' ? 'nn-NO' : 'en-GB')
export const htmlLang = (locale: Locale) => locale

export const LOCALE_LABELS: Record<Locale, string> = { nn: 'Nynorsk', en: 'English' }

/** Payload's `localization` block: English falls back to Nynorsk where a text is not translated. */
export const payloadLocalization = {
  locales: LOCALES.map((code) =>
    code === DEFAULT_LOCALE
      ? { code, label: LOCALE_LABELS[code] }
      : { code, label: LOCALE_LABELS[code], fallbackLocale: DEFAULT_LOCALE },
  ),
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}
