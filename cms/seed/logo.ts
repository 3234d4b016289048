/**
 * The demo office's mark: a plain shield in the brand colour with the office's initials, drawn
 * here as SVG (letters as shapes, so no font is needed to show it). Deliberately not Vinje's coat
 * of arms: a municipality's arms are its own to use. Stored as a Media document and set as the
 * site's logo when none is chosen, so the header shows it on a fresh start.
 */
import type { Payload } from 'payload'

import { ensure, type SeedTally } from './ensure'

export const LOGO_ALT = {
  nn: 'Merket til Næringskontoret i Vinje',
  en: 'The mark of the Vinje Business Office',
}

export const logoSvg = (
  colour = '#0b5a4a',
) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120" viewBox="0 0 100 120">
  <title>${LOGO_ALT.nn}</title>
  <path d="M6 6h88v52c0 30-20 48-44 58C26 106 6 88 6 58z" fill="${colour}"/>
  <path d="M13 13h74v45c0 25-16 40-37 49C29 98 13 83 13 58z" fill="none" stroke="#fff" stroke-width="3"/>
  <polygon points="21,76 21,34 28,34 39,59 39,34 46,34 46,76 39,76 28,51 28,76" fill="#fff"/>
  <polygon points="53,34 60.5,34 67.5,64 74.5,34 82,34 71,76 64,76" fill="#fff"/>
  <path d="M30 90l10-8 6 4 8-7 16 11z" fill="#fff"/>
</svg>
`

export async function seedLogo(payload: Payload, tally: SeedTally) {
  const createdBefore = tally.media?.created ?? 0
  const doc = await ensure(
    payload,
    tally,
    'media',
    { filename: { like: 'office-mark' } },
    async () => {
      const data = Buffer.from(logoSvg(), 'utf8')
      const created = await payload.create({
        collection: 'media',
        locale: 'nn',
        data: { alt: LOGO_ALT.nn, credit: 'Næringshub demo' },
        file: { data, mimetype: 'image/svg+xml', name: 'office-mark.svg', size: data.length },
      })
      await payload.update({
        collection: 'media',
        id: created.id,
        locale: 'en',
        data: { alt: LOGO_ALT.en },
      })
      return created
    },
  )
  // Only with a mark made just now: a seed run again never undoes an editor's choice of no logo.
  if ((tally.media?.created ?? 0) === createdBefore) return doc.id
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.logo)
    await payload.updateGlobal({ slug: 'site-settings', data: { logo: doc.id as number } })
  return doc.id
}
