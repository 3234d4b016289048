/**
 * Whether the build can render a CMS image's file, read once when the image changes. An image it
 * cannot render (an iPhone's HEIC uploaded before the CMS refused them, a damaged file, a missing
 * one) is withheld: the pages that use it are built without it and the report says which file and
 * what to do, instead of Astro's image pipeline stopping the whole build at the end.
 */
import sharp from 'sharp'

import { imageFormatOf, unusableImageMessage } from '../../../common/imageFormats'
import { cmsImageSource, isVectorImage } from '../lib/cmsImage'
import type { SiteMedia } from '../lib/types'
import { CmsUnreachableError } from './cmsClient'

const UPLOAD_AGAIN = 'Last opp biletet på nytt (eller eit anna) i Media'

async function download(src: string): Promise<Uint8Array | { status: number }> {
  let res: Response
  try {
    res = await fetch(src, { signal: AbortSignal.timeout(30_000) })
  } catch (err) {
    throw new CmsUnreachableError(`The CMS did not answer at ${src} (${(err as Error).message})`)
  }
  // Only a file that is not there is the image's fault; anything else may pass: build again.
  if (res.status === 404) return { status: 404 }
  if (!res.ok) throw new Error(`The CMS answered ${res.status} for ${src}`)
  return new Uint8Array(await res.arrayBuffer())
}

/** Null when the build can render the image, otherwise the reason it is left out, in Nynorsk. */
export async function unrenderableImageReason(image: SiteMedia): Promise<string | null> {
  const src = cmsImageSource(image)
  if (!src) return null
  const name = `«${image.filename ?? src}»`
  const file = await download(src)
  if (!(file instanceof Uint8Array))
    return `Biletfila ${name} finst ikkje på CMS-et. ${UPLOAD_AGAIN}.`
  const format = imageFormatOf(file.subarray(0, 4096))
  if (!format?.onSite) return `Biletet ${name}: ${unusableImageMessage(format).nn}`
  // SVG is passed through as it is; the page decides by the CMS's type, so the two must agree.
  if ((format.mime === 'image/svg+xml') !== isVectorImage(image))
    return `Biletet ${name} er ${format.name}, men CMS-et kallar det ${image.mimeType ?? 'ukjend'}. ${UPLOAD_AGAIN}.`
  if (isVectorImage(image)) return null
  try {
    // What Astro's image service does with it: decode (all frames), then make it smaller.
    await sharp(file, { failOn: 'none', pages: -1 }).resize({ width: 16 }).webp().toBuffer()
    return null
  } catch (err) {
    return `Biletet ${name} kan ikkje lesast (${(err as Error).message.split('\n')[0]}). Lagre det som JPEG eller PNG. ${UPLOAD_AGAIN}.`
  }
}
