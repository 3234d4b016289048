import type { Payload } from 'payload'

import { newsletter } from './data/newsletter'
import { ensure, type SeedTally } from './ensure'
import { richText } from './richText'

async function idsBySlug(
  payload: Payload,
  collection: 'articles' | 'events' | 'courses',
  slugs: string[],
) {
  const found = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    locale: 'nn',
    depth: 0,
    limit: slugs.length,
    draft: true,
  })
  return found.docs.map((d) => d.id)
}

/** One draft issue, so the editor has something to open and the sending issue has an example. */
export async function seedNewsletter(payload: Payload, tally: SeedTally) {
  await ensure(
    payload,
    tally,
    'newsletters',
    { subject: { equals: newsletter.subject.nn } },
    async () => {
      const created = await payload.create({
        collection: 'newsletters',
        locale: 'nn',
        data: {
          subject: newsletter.subject.nn,
          preheader: newsletter.preheader.nn,
          intro: richText(newsletter.intro.nn) as never,
          articles: await idsBySlug(payload, 'articles', newsletter.articles),
          events: await idsBySlug(payload, 'events', newsletter.events),
          courses: await idsBySlug(payload, 'courses', newsletter.courses),
          status: 'draft',
        },
      })
      await payload.update({
        collection: 'newsletters',
        id: created.id,
        locale: 'en',
        data: {
          subject: newsletter.subject.en,
          preheader: newsletter.preheader.en,
          intro: richText(newsletter.intro.en) as never,
        },
      })
      return created
    },
  )
}

export async function seedSiteSettings(payload: Payload) {
  const current = await payload.findGlobal({
    slug: 'site-settings',
    locale: 'nn',
    fallbackLocale: false,
  })
  if (current.officeName) return false
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'nn',
    data: {
      officeName: 'Næringskontoret i Vinje',
      municipality: 'Vinje kommune',
      municipalityNumber: '4036',
      postalAddress: 'Vinje kommune, Næringskontoret\nVinjevegen 192\n3890 Vinje',
      contactEmail: 'naering@vinje.example',
      contactPhone: '+47 35 06 20 00',
      siteUrl: 'http://localhost:4321',
      socialLinks: [{ label: 'Facebook', url: 'https://facebook.example/vinjenaering' }],
    },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { officeName: 'Vinje Business Office' },
  })
  return true
}
