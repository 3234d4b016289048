/**
 * Images never stop the site: an SVG hero is passed through as SVG wherever the article's image
 * appears (article, news list, home page), without og:image or a JSON-LD image (those need a
 * raster); an image file the build cannot render (an iPhone's HEIC stored before the CMS refused
 * them) is left out of the pages that use it and named in the build report, and the build succeeds.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../cms/seed'
import { testCms, type TestCms } from './helpers/cms'
import { filledByHooks } from './helpers/docs'
import { buildTestSite, dataDir, exists, read, startCmsServer } from './helpers/site'
import { jsonLdOf } from './helpers/structuredData'

const SVG_TITLE = 'Nytt merke for Vinje næringshage'
const SVG_ALT = 'Merket til næringshagen: ei grøn fjellkam'
const HEIC_TITLE = 'Opning av nye kontorlokale'
const HEIC_ALT = 'Folk samla ved opninga'

let cms: TestCms
let server: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof buildTestSite>>
let svgSlug: string
let heicSlug: string
let heicMediaId: number

/** A HEIF container with the brands an iPhone writes (HEVC-coded); sharp here cannot decode it. */
async function heicPhoto(): Promise<Buffer> {
  const bytes = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: '#5a7d9a' },
  })
    .avif()
    .toBuffer()
  const boxSize = bytes.readUInt32BE(0)
  bytes.write('heic', 8, 'ascii')
  for (let at = 16; at < boxSize; at += 4) bytes.write(at === 16 ? 'heic' : 'mif1', at, 'ascii')
  return bytes
}

async function publishArticle(title: string, heroImage: number, publishedAt: string) {
  const a = await cms.payload.create({
    collection: 'articles',
    locale: 'nn',
    data: filledByHooks({
      title,
      excerpt: `${title}.`,
      heroImage,
      publishedAt,
      _status: 'published',
    }),
  })
  return a.slug as string
}

beforeAll(async () => {
  cms = await testCms()
  await seed(cms.payload, { appEnv: 'development', dataDir: dataDir() })
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400" viewBox="0 0 800 400"><path d="M0 400L250 120L420 300L560 180L800 400z" fill="#0b5a4a"/></svg>`,
  )
  const svgMedia = await cms.payload.create({
    collection: 'media',
    locale: 'nn',
    data: { alt: SVG_ALT },
    file: {
      data: svg,
      mimetype: 'image/svg+xml',
      name: 'naeringshage-merke.svg',
      size: svg.length,
    },
  })

  // The CMS now refuses HEIC at upload (cms/collections/Media), but such files exist: uploaded
  // before that rule. Stored as a JPEG upload whose file and type are then what the iPhone sent.
  const jpeg = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: '#5a7d9a' },
  })
    .jpeg()
    .toBuffer()
  const photo = await cms.payload.create({
    collection: 'media',
    locale: 'nn',
    data: { alt: HEIC_ALT },
    file: { data: jpeg, mimetype: 'image/jpeg', name: 'IMG_0412.jpg', size: jpeg.length },
  })
  fs.writeFileSync(path.join(dataDir(), 'media', photo.filename!), await heicPhoto())
  await cms.payload.db.updateOne({
    collection: 'media',
    where: { id: { equals: photo.id } },
    data: { mimeType: 'image/heic' },
  })
  heicMediaId = photo.id

  heicSlug = await publishArticle(HEIC_TITLE, photo.id, new Date(Date.now() - 60_000).toISOString())
  // The newest article with an image: the home page's featured story.
  svgSlug = await publishArticle(SVG_TITLE, svgMedia.id, new Date().toISOString())
  server = await startCmsServer()
  site = await buildTestSite(server.url, 'images')
}, 300_000)

afterAll(async () => {
  await server?.close()
})

const imgWithAlt = (html: string, alt: string) =>
  html.match(new RegExp(`<img[^>]*alt="${alt}"[^>]*>`))?.[0] ?? ''

describe('an SVG hero image', () => {
  it('is shown as the SVG itself on the article page, with width, height and alt', () => {
    const html = read(site.outDir, `nyheiter/${svgSlug}/index.html`)
    const img = imgWithAlt(html, SVG_ALT)
    expect(img).toMatch(/src="\/_astro\/[^"]+\.svg"/)
    expect(img).toContain('width="800"')
    expect(img).toContain('height="400"')
    expect(img).not.toContain('srcset')
    const file = img.match(/src="([^"]+)"/)![1]
    expect(read(site.outDir, file)).toContain('M0 400L250 120')
  })

  it('gives the page no og:image and the NewsArticle no image (they need a raster)', () => {
    const html = read(site.outDir, `nyheiter/${svgSlug}/index.html`)
    expect(html).not.toContain('og:image')
    const article = jsonLdOf(html).find((n) => n['@type'] === 'NewsArticle')
    expect(article).toBeDefined()
    expect(article).not.toHaveProperty('image')
  })

  it('is shown as SVG on the news list and as the home page’s featured story', () => {
    for (const page of ['nyheiter/index.html', 'index.html']) {
      const img = imgWithAlt(read(site.outDir, page), SVG_ALT)
      expect(img, page).toMatch(/src="\/_astro\/[^"]+\.svg"/)
    }
  })
})

describe('an image file the build cannot render', () => {
  it('does not stop the build: the article is published without the image', () => {
    const html = read(site.outDir, `nyheiter/${heicSlug}/index.html`)
    expect(html).toContain(`<h1>${HEIC_TITLE}</h1>`)
    expect(imgWithAlt(html, HEIC_ALT)).toBe('')
    expect(html).not.toContain('og:image')
    expect(imgWithAlt(read(site.outDir, 'nyheiter/index.html'), HEIC_ALT)).toBe('')
  })

  it('is named in the build report with what to do, and the seeded images are still shown', () => {
    expect(site.withheld).toEqual([
      {
        collection: 'media',
        id: heicMediaId,
        reason: expect.stringContaining('HEIC-bilete frå iPhone kan ikkje visast på nettstaden'),
      },
    ])
    expect(site.withheld[0].reason).toContain('eksporter biletet som JPEG')
    expect(exists(site.outDir, 'index.html')).toBe(true)
    expect(fs.readdirSync(path.join(site.outDir, '_astro')).some((f) => f.endsWith('.webp'))).toBe(
      true,
    )
  })
})
