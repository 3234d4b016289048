/** Audit finding F4: a `javascript:` link typed into the CMS would run script on the site. */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Courses } from '../collections/Courses'
import { Events } from '../collections/Events'
import { FundingSchemes } from '../collections/FundingSchemes'
import { Providers } from '../collections/Providers'
import { SiteSettings } from '../globals/SiteSettings'
import { WEB_URL_MESSAGE } from './webUrl'

function field(fields: Field[], name: string): Field {
  for (const f of fields) {
    if ('name' in f && f.name === name) return f
    if ('fields' in f) {
      const inner = (f.fields as Field[]).find((x) => 'name' in x && x.name === name)
      if (inner) return inner
    }
  }
  throw new Error(`no field ${name}`)
}

/** As the admin calls it: with the request, whose language is the staff member's admin language. */
const validate = (f: Field, value: string, language?: 'nn' | 'en') =>
  ('validate' in f && typeof f.validate === 'function'
    ? (f.validate as (v: string, o: object) => unknown)(value, {
        req: language ? { i18n: { language } } : undefined,
      })
    : 'no validator') as true | string

const LINKS: [string, Field][] = [
  ['event online link', field(Events.fields, 'onlineUrl')],
  ['course signup link', field(Courses.fields, 'signupUrl')],
  ['provider website', field(Providers.fields, 'website')],
  ['funding scheme link', field(FundingSchemes.fields, 'url')],
  ['public site URL', field(SiteSettings.fields, 'siteUrl')],
  ['social link', field(SiteSettings.fields, 'url')],
]

describe('every link field accepts web addresses only', () => {
  it.each(LINKS)('%s', (_, f) => {
    for (const bad of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'https://',
    ]) {
      expect(validate(f, bad), bad).toBe(WEB_URL_MESSAGE.nn)
      expect(validate(f, bad, 'nn'), bad).toBe(WEB_URL_MESSAGE.nn)
      expect(validate(f, bad, 'en'), bad).toBe(WEB_URL_MESSAGE.en)
    }
    expect(validate(f, 'https://vinje.kommune.no/naering')).toBe(true)
    expect(validate(f, 'http://example.no')).toBe(true)
  })

  it('says so in Nynorsk, or in English to staff who chose English', () => {
    expect(WEB_URL_MESSAGE.nn).toBe(
      'Lenkja må vere ei nettadresse som byrjar med https:// (eller http://).',
    )
    expect(WEB_URL_MESSAGE.en).toBe(
      'The link must be a web address starting with https:// (or http://).',
    )
  })
})
