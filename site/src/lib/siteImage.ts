/** Absolute URLs of the site's own copy of a CMS image, for og:image and JSON-LD. */
import { getImage } from 'astro:assets'

import type { SiteMedia } from './types'
import { cmsUrl } from '../loaders/cmsClient'

/**
 * Shared links and search results must not depend on the CMS being reachable from outside: the
 * build writes a 1200-pixel JPEG (what link previews read most widely) beside the pages.
 */
export async function siteImageUrl(
  image: SiteMedia | undefined,
  site: URL,
): Promise<string | null> {
  if (!image?.url || !image.width || !image.height) return null
  const src = new URL(new URL(image.url, cmsUrl()).pathname, cmsUrl()).toString()
  const width = Math.min(1200, image.width)
  const height = Math.round((image.height * width) / image.width)
  const built = await getImage({ src, width, height, format: 'jpeg' })
  return new URL(built.src, site).toString()
}

/** The office's home page in a language, absolute, for JSON-LD `url` properties. */
export const absolute = (path: string, site: URL) => new URL(path, site).toString()
