import type { LabelFunction } from 'payload'

export type BilingualLabel = LabelFunction & { nn: string; en: string }

/**
 * Admin labels in Nynorsk (the office's language) and English, the admin's two languages. A
 * function (that also carries `.nn` and `.en`) rather than a plain `{ nn, en }`: Payload resolves a
 * function to one string before it reaches the browser, where some of its components print a
 * label object as "[object Object]" (a list column's sort buttons, a relationship's "add new").
 */
export const label = (nn: string, en: string): BilingualLabel =>
  // Some of Payload's callers pass no arguments (server-side list columns): Nynorsk then.
  Object.assign(
    (args?: { i18n?: { language?: string } }) => (args?.i18n?.language === 'en' ? en : nn),
    {
      nn,
      en,
    },
  )

/** For the few places Payload takes no label function (the navigation's collection groups). */
export const staticLabel = (nn: string, en: string) => ({ nn, en })

/** A message (validation, errors) in the language of the request: Nynorsk unless it is English. */
export const inLanguageOf = (
  req: { i18n?: { language?: string } } | undefined,
  nn: string,
  en: string,
) => (req?.i18n?.language === 'en' ? en : nn)
