/** Absolute URLs of the site's own copy of a CMS image, for og:image and JSON-LD. */
import { getImage } from 'astro:assets'

import { cmsImageSource, isVectorImage } from './cmsImage'
import type { SiteMedia } from './types'

/**
 * Shared links and search results must not depend on the CMS being reachable from outside: the
 * build writes a 1200-pixel JPEG (what link previews read most widely) beside the pages. An SVG
 * gives none (link previews and search engines want a raster): the page goes without og:image.
 */
export async function siteImageUrl(
  image: SiteMedia | undefined,
  site: URL,
): Promise<string | null> {
  const src = cmsImageSource(image)
  if (!src || !image?.width || !image.height || isVectorImage(image)) return null
  const width = Math.min(1200, image.width)
  const height = Math.round((image.height * width) / image.width)
  const built = await getImage({ src, width, height, format: 'jpeg' })
  return new URL(built.src, site).toString()
}

/** The office's home page in a language, absolute, for JSON-LD `url` properties. */
export const absolute = (path: string, site: URL) => new URL(path, site).toString()
