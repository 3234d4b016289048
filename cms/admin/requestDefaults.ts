/**
 * What the admin does before Payload sees a request (cms/proxy.ts): staff start in Nynorsk
 * whatever their browser asks for (Payload would pick English for an "nn-NO, en" browser, as it
 * does not know "nn"), and "Opprett ny" always opens in the Nynorsk content language, where
 * Payload would reopen the content language last used.
 */
import { DEFAULT_LOCALE } from '../../common/locales'
import { ADMIN_LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE } from '../i18n/languages'

const CREATE_VIEW = /^\/admin\/collections\/[^/]+\/create\/?$/

export interface AdminRequestDefaults {
  /** Where to send the browser instead (the create view with the Nynorsk content language). */
  redirectTo: string | null
  /** The interface language to set when the staff member has not chosen one. */
  languageCookie: { name: string; value: string } | null
}

export function adminRequestDefaults(url: URL, hasLanguageCookie: boolean): AdminRequestDefaults {
  let redirectTo: string | null = null
  if (CREATE_VIEW.test(url.pathname) && !url.searchParams.has('locale')) {
    const target = new URL(url)
    target.searchParams.set('locale', DEFAULT_LOCALE)
    redirectTo = `${target.pathname}${target.search}`
  }
  return {
    redirectTo,
    languageCookie: hasLanguageCookie
      ? null
      : { name: ADMIN_LANGUAGE_COOKIE, value: DEFAULT_ADMIN_LANGUAGE },
  }
}
