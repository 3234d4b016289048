/**
 * A CMS image as the build reads it. Raster images go through Astro's image pipeline (WebP, sizes);
 * SVG is passed through as it is (sharp would rasterise it, and Astro refuses SVG processing), and
 * never used where a raster is needed (og:image, JSON-LD).
 */
import type { SiteMedia } from './types'
import { cmsUrl } from '../loaders/cmsClient'

/** The CMS writes absolute URLs with its public address; fetch from where the build reaches it. */
export const cmsImageSource = (image: Pick<SiteMedia, 'url'> | undefined): string | null =>
  image?.url ? new URL(new URL(image.url, cmsUrl()).pathname, cmsUrl()).toString() : null

export const isVectorImage = (image: Pick<SiteMedia, 'mimeType'> | undefined): boolean =>
  image?.mimeType === 'image/svg+xml'
