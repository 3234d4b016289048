import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms, validationMessages } from '../../test/helpers/cms'
import { richText } from '../seed/richText'
import { filledByHooks } from '../../test/helpers/docs'

let cms: TestCms
let topicId: number
let providerId: number

beforeAll(async () => {
  cms = await testCms()
  const topic = await cms.payload.create({
    collection: 'topics',
    locale: 'nn',
    data: { name: 'Reiseliv', slug: 'reiseliv' },
  })
  topicId = topic.id
  const provider = await cms.payload.create({
    collection: 'providers',
    data: filledByHooks({ name: 'Telemark kompetanse', kind: 'private' }),
  })
  providerId = provider.id
})

/** Create, read, update and delete one document: the basic promise of every collection. */
async function crud(
  collection: any,
  data: Record<string, unknown>,
  change: Record<string, unknown>,
) {
  const { payload } = cms
  const created = await payload.create({ collection, data, locale: 'nn' } as any)
  const read = await payload.findByID({
    collection,
    id: created.id,
    locale: 'nn',
    draft: true,
  } as any)
  const plain = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? v.id : v)
  for (const [k, v] of Object.entries(data))
    if (k !== 'password' && typeof v !== 'object') {
      expect(plain((read as unknown as Record<string, unknown>)[k])).toEqual(v)
    }
  const updated = await payload.update({
    collection,
    id: created.id,
    data: change,
    locale: 'nn',
  } as any)
  for (const [k, v] of Object.entries(change)) {
    expect((updated as unknown as Record<string, unknown>)[k]).toEqual(v)
  }
  await payload.delete({ collection, id: created.id } as any)
  const gone = await payload.find({
    collection,
    where: { id: { equals: created.id } },
    draft: true,
  } as any)
  expect(gone.totalDocs).toBe(0)
}

describe('every collection supports create, read, update and delete', () => {
  it('users', () =>
    crud(
      'users',
      { email: 'kari@vinje.example', password: 'a-long-password', name: 'Kari', roles: ['editor'] },
      { phone: '+47 900 00 000' },
    ))
  it('topics', () =>
    crud('topics', { name: 'Eksport', slug: 'eksport' }, { description: 'Sal til utlandet' }))
  it('articles', () =>
    crud(
      'articles',
      { title: 'Ny sak', excerpt: 'Kort', _status: 'published' },
      { title: 'Endra sak' },
    ))
  it('events', () =>
    crud(
      'events',
      {
        title: 'Dialogmøte',
        kind: 'dialogue-meeting',
        startsAt: '2026-12-01T08:00:00.000Z',
        _status: 'published',
      },
      { cancelled: true },
    ))
  it('providers', () =>
    crud(
      'providers',
      { name: 'Høgskulen', kind: 'university' },
      { website: 'https://hogskulen.example' },
    ))
  it('courses', () =>
    crud(
      'courses',
      { title: 'Marknadsføring', provider: providerId, format: 'online', _status: 'published' },
      { level: 'beginner' },
    ))
  it('businesses', () =>
    crud('businesses', { name: 'Rauland Fjellstove AS', orgNumber: '923609016' }, { listed: true }))
  it('subscribers', () =>
    crud(
      'subscribers',
      { email: 'ola@example.no', status: 'unconfirmed', locale: 'nn' },
      { status: 'confirmed' },
    ))
  it('newsletters', () =>
    crud('newsletters', { subject: 'Desember', status: 'draft' }, { preheader: 'Kva skjer' }))
  it('media', async () => {
    const sharp = (await import('sharp')).default
    const data = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#3d5a40' },
    })
      .png()
      .toBuffer()
    const img = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Fjell' },
      file: { data, mimetype: 'image/png', name: 'fjell.png', size: data.length },
    })
    expect(img.sizes?.card?.width).toBe(768)
    expect(img.sizes?.thumbnail?.height).toBe(300)
    await cms.payload.delete({ collection: 'media', id: img.id })
  })
  it('site-settings (global)', async () => {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: {
        officeName: 'Næringskontoret',
        municipality: 'Vinje',
        municipalityNumber: '4036',
        postalAddress: 'Vinjevegen 1',
        contactEmail: 'post@vinje.example',
      },
    })
    const settings = await cms.payload.findGlobal({ slug: 'site-settings' })
    expect(settings.municipalityNumber).toBe('4036')
  })
})

describe('localized texts', () => {
  it('round-trip in nn and en, and en falls back to nn where it has no text', async () => {
    const { payload } = cms
    const a = await payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({
        title: 'Breiband til heile bygda',
        excerpt: 'Fiber til alle',
        _status: 'published',
        topics: [topicId],
      }),
    })
    await payload.update({
      collection: 'articles',
      id: a.id,
      locale: 'en',
      data: { title: 'Broadband for the whole valley', _status: 'published' },
    })
    const nn = await payload.findByID({ collection: 'articles', id: a.id, locale: 'nn' })
    const en = await payload.findByID({ collection: 'articles', id: a.id, locale: 'en' })
    expect(nn.title).toBe('Breiband til heile bygda')
    expect(en.title).toBe('Broadband for the whole valley')
    expect(en.excerpt).toBe('Fiber til alle') // fallback to nn
    const enOnly = await payload.findByID({
      collection: 'articles',
      id: a.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(enOnly.excerpt ?? null).toBeNull()
  })

  it('keeps rich text per locale', async () => {
    const { payload } = cms
    const e = await payload.create({
      collection: 'events',
      locale: 'nn',
      data: filledByHooks({
        title: 'Frukost',
        kind: 'business-breakfast',
        startsAt: '2026-12-03T07:00:00.000Z',
        description: richText(['Velkomen']) as any,
        _status: 'published',
      }),
    })
    await payload.update({
      collection: 'events',
      id: e.id,
      locale: 'en',
      data: { title: 'Breakfast', description: richText(['Welcome']) as any, _status: 'published' },
    })
    const en = await payload.findByID({ collection: 'events', id: e.id, locale: 'en' })
    expect(JSON.stringify(en.description)).toContain('Welcome')
    const nn = await payload.findByID({ collection: 'events', id: e.id, locale: 'nn' })
    expect(JSON.stringify(nn.description)).toContain('Velkomen')
  })
})

describe('slugs', () => {
  it('are made from the title, Norwegian letters spelled out', async () => {
    const a = await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({ title: 'Støtte til gründerar på Åmot', _status: 'published' }),
    })
    expect(a.slug).toBe('stotte-til-grunderar-pa-amot')
  })

  it('are unique within a locale, with a message naming the slug', async () => {
    await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: { title: 'Eksportdag', slug: 'eksportdag', _status: 'published' },
    })
    const message = await validationMessages(
      cms.payload.create({
        collection: 'articles',
        locale: 'nn',
        data: { title: 'Ein annan', slug: 'eksportdag', _status: 'published' },
      }),
    )
    // In the admin's language: Nynorsk unless the staff member chose English.
    expect(message).toMatch(/«eksportdag» er allereie i bruk på dette språket/)
  })

  it('may repeat across locales', async () => {
    const a = await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: { title: 'Camping', slug: 'camping', _status: 'published' },
    })
    const b = await cms.payload.create({
      collection: 'articles',
      locale: 'nn',
      data: filledByHooks({ title: 'Camping i Vinje', _status: 'published' }),
    })
    const updated = await cms.payload.update({
      collection: 'articles',
      id: b.id,
      locale: 'en',
      data: { title: 'Camping', slug: 'camping', _status: 'published' },
    })
    expect(updated.slug).toBe('camping')
    expect(a.slug).toBe('camping')
  })
})
