/** A site built from a test's CMS: seeded database, REST over HTTP, Astro + Pagefind into a temp folder. */
import fs from 'node:fs'
import path from 'node:path'

import { startCmsServer } from '../../cms/restServer'
import { buildSite } from '../../site/publish/build'
import { siteDirs } from '../../site/publish/live'

export const dataDir = () => process.env.DATA_DIR!

export async function buildTestSite(cmsUrl: string, name: string) {
  const outDir = path.join(dataDir(), 'site-out', name)
  fs.mkdirSync(outDir, { recursive: true })
  const result = await buildSite({
    outDir,
    cmsUrl,
    siteUrl: 'https://naering.vinje.example',
    cacheDir: siteDirs(dataDir()).cache,
    publicCmsUrl: cmsUrl,
  })
  return { outDir, ...result }
}

/** Every file under a folder, as text, for "never appears anywhere" checks. */
export function allText(dir: string): { file: string; text: string }[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|ics|txt|json|js)$/.test(e.name))
    .map((e) => {
      const file = path.join(e.parentPath, e.name)
      return { file, text: fs.readFileSync(file, 'utf8') }
    })
}

export const read = (outDir: string, p: string) => fs.readFileSync(path.join(outDir, p), 'utf8')
export const exists = (outDir: string, p: string) => fs.existsSync(path.join(outDir, p))

/** The sitemaps sitemap.xml indexes (each must be a sitemap index entry of the build), joined. */
export function readSitemaps(outDir: string): string {
  const index = read(outDir, 'sitemap.xml')
  if (!index.includes('<sitemapindex')) throw new Error('sitemap.xml is not a sitemap index')
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => read(outDir, new URL(m[1]).pathname))
    .join('\n')
}

export { startCmsServer }
