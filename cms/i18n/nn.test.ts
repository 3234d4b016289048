import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { initI18n } from '@payloadcms/translations'
import { getRequestLanguage } from 'payload'
import { describe, expect, it } from 'vitest'

import configPromise from '../payload.config'
import { lexicalNn } from './lexical'
import { nnTranslations } from './nn'

type Tree = { [key: string]: Tree | string }

const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value, `${prefix}${key}:`)),
    ),
  )

/** {{count}}, <0>, </1>, <a href=…>: what Payload fills in or renders must survive translation. */
const markers = (s: string) => (s.match(/\{\{\w+\}\}|<\/?\d>|<a |<br>/g) ?? []).sort()

// Bokmål forms a Nynorsk text never uses (each checked against the Nynorsk dictionary).
const BOKMAL =
  /\b(ikke|uten|hvis|nåværende|følgende|endringer|eksisterer|vennligst|noen|ble|allerede|siden|fra|mer|lenke)\b/i

describe('Payload admin in Nynorsk', () => {
  const nbKeys = flatten(nb.translations as unknown as Tree)
  const nnFlat = flatten(nnTranslations as unknown as Tree)
  const enFlat = flatten(en.translations as unknown as Tree)

  it('has a Nynorsk text for every key Payload ships in Bokmål', () => {
    const missing = Object.keys(nbKeys).filter((key) => !nnFlat[key]?.trim())
    expect(missing).toEqual([])
    expect(Object.keys(nnFlat).filter((key) => !(key in nbKeys))).toEqual([])
  })

  it('keeps the placeholders and markup Payload fills in', () => {
    const broken = Object.keys(enFlat).filter(
      (key) => markers(nnFlat[key] ?? '').join() !== markers(enFlat[key]).join(),
    )
    expect(broken).toEqual([])
  })

  it('is Nynorsk, not Bokmål', () => {
    const all = { ...nnFlat, ...flatten(lexicalNn as unknown as Tree) }
    const bokmal = Object.entries(all).filter(([, text]) => BOKMAL.test(text))
    expect(bokmal).toEqual([])
    expect(nnFlat['general:untitled']).toBe('Utan tittel')
    expect(nnFlat['version:publishChanges']).toBe('Publiser endringar')
    expect(nnFlat['general:createNew']).toBe('Opprett ny')
  })

  it('covers every word of the rich-text editor that exists in Bokmål', async () => {
    const config = await configPromise
    const translations = config.i18n.translations as unknown as Record<string, Tree>
    const lexicalNb = flatten({ lexical: translations.nb.lexical })
    const lexicalOurs = flatten({ lexical: translations.nn.lexical })
    expect(Object.keys(lexicalNb).length).toBeGreaterThan(10)
    expect(Object.keys(lexicalNb).filter((key) => !lexicalOurs[key]?.trim())).toEqual([])
    expect(lexicalOurs['lexical:relationship:label']).toBe('Relasjon')
  })

  it('greets a Bokmål browser in Nynorsk and keeps English for those who chose it', async () => {
    const config = await configPromise
    const language = (acceptLanguage: string, cookie?: string) =>
      getRequestLanguage({
        config,
        cookies: new Map(cookie ? [['payload-lng', cookie]] : []),
        headers: new Headers({ 'Accept-Language': acceptLanguage }),
      })
    expect(language('nb-NO,nb;q=0.9,no;q=0.8,en;q=0.5')).toBe('nn')
    expect(language('en-US,en;q=0.9', 'en')).toBe('en')
    const i18n = await initI18n({ config: config.i18n, context: 'client', language: 'nn' as 'nb' })
    expect(i18n.t('general:untitled')).toBe('Utan tittel')
    expect(i18n.t('general:locale')).toBe('Innhaldsspråk')
  })
})
