/**
 * The admin's interface languages: Nynorsk (the office's, and the default for every staff member
 * until they pick English on their account page) and English. Bokmål is not offered: a Bokmål
 * browser lands on Nynorsk like everyone else.
 */
import type { AcceptedLanguages, I18nOptions } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'

import { DEFAULT_ADMIN_LANGUAGE } from './languages'
import { lexicalNn } from './lexical'
import { nn } from './nn'

// Payload types its language codes as the list it ships; custom languages work the same at run time.
const NN = DEFAULT_ADMIN_LANGUAGE as AcceptedLanguages

export const adminI18n: I18nOptions = {
  supportedLanguages: { [NN]: nn, en },
  fallbackLanguage: NN,
  translations: {
    [NN]: lexicalNn as never,
    // Payload's "Locale" sits beside our own "Language" fields: say which language it switches.
    en: { general: { locale: 'Content language', locales: 'Content languages' } } as never,
  },
}
