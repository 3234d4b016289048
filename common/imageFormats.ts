/**
 * The image formats the public site can render, and what to tell an editor whose file is in another.
 * The site turns raster images into WebP and a JPEG for link previews with sharp (Astro's image
 * service) and passes SVG through as it is; formats sharp cannot decode here (HEIC from iPhones:
 * no HEVC decoder in sharp's build; BMP, ICO, PSD: no loader) would stop the whole build. TIFF is
 * readable but no browser or email client shows it, and the newsletter uses the CMS's own resized
 * copies, which keep the original format.
 *
 * The format is read from the file's first bytes, never from its name or the browser's type: an
 * iPhone photo can arrive as `IMG_0001.jpg` with `image/jpeg` and still be HEIC.
 */

export interface ImageFormat {
  /** What editors know the format as, e.g. "HEIC". */
  name: string
  mime: string
  /** The site can render it. */
  onSite: boolean
}

export const SITE_IMAGE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'image/svg+xml',
] as const

const format = (name: string, mime: string): ImageFormat => ({
  name,
  mime,
  onSite: (SITE_IMAGE_MIME_TYPES as readonly string[]).includes(mime),
})

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end))

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b)

/** HEIF family (ISO base media with an `ftyp` box): AVIF when a brand says so, else HEIC. */
function isoImage(bytes: Uint8Array): ImageFormat | null {
  if (ascii(bytes, 4, 8) !== 'ftyp') return null
  const boxEnd = Math.min(bytes.length, new DataView(bytes.buffer, bytes.byteOffset).getUint32(0))
  const brands = [ascii(bytes, 8, 12)]
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(bytes, at, at + 4))
  if (brands.some((b) => b === 'avif' || b === 'avis')) return format('AVIF', 'image/avif')
  if (
    brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(b))
  )
    return format('HEIC', 'image/heic')
  return null
}

/** SVG is text: an `<svg` element near the start (after an XML declaration, comments, doctype). */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096))
  return !head.includes('\u0000') && /<svg[\s>/]/i.test(head)
}

/** The format of an image file from its first bytes (4 KB are enough), or null when unknown. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length < 4) return null
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return format('JPEG', 'image/jpeg')
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return format('PNG', 'image/png')
  if (ascii(bytes, 0, 4) === 'GIF8') return format('GIF', 'image/gif')
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return format('WebP', 'image/webp')
  const iso = bytes.length >= 12 ? isoImage(bytes) : null
  if (iso) return iso
  if (ascii(bytes, 0, 2) === 'BM') return format('BMP', 'image/bmp')
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return format('TIFF', 'image/tiff')
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return format('ICO', 'image/x-icon')
  if (ascii(bytes, 0, 4) === '8BPS') return format('PSD', 'image/vnd.adobe.photoshop')
  if (startsWith(bytes, [0xff, 0x0a]) || ascii(bytes, 4, 12) === 'JXL \r\n\u0087\n')
    return format('JPEG XL', 'image/jxl')
  if (isSvg(bytes)) return format('SVG', 'image/svg+xml')
  return null
}

const SITE_FORMATS = {
  nn: 'JPEG, PNG, WebP, AVIF, GIF og SVG',
  en: 'JPEG, PNG, WebP, AVIF, GIF and SVG',
}

/** Why a file cannot be a site image and what to do, in Nynorsk and English. */
export function unusableImageMessage(found: ImageFormat | null): { nn: string; en: string } {
  if (found?.name === 'HEIC')
    return {
      nn: `HEIC-bilete frå iPhone kan ikkje visast på nettstaden: eksporter biletet som JPEG (eller vel Innstillingar → Kamera → Format → «Mest kompatibel» på iPhonen) og last det opp på nytt. Nettstaden tek ${SITE_FORMATS.nn}.`,
      en: `HEIC photos from an iPhone cannot be shown on the website: export the photo as JPEG (or choose Settings → Camera → Formats → “Most Compatible” on the iPhone) and upload it again. The website takes ${SITE_FORMATS.en}.`,
    }
  if (found)
    return {
      nn: `Biletformatet ${found.name} kan ikkje visast på nettstaden: lagre biletet som JPEG (foto) eller PNG (grafikk, logoar) og last det opp på nytt. Nettstaden tek ${SITE_FORMATS.nn}.`,
      en: `The image format ${found.name} cannot be shown on the website: save the image as JPEG (photos) or PNG (graphics, logos) and upload it again. The website takes ${SITE_FORMATS.en}.`,
    }
  return {
    nn: `Fila er ikkje eit bilete nettstaden kan vise. Nettstaden tek ${SITE_FORMATS.nn}.`,
    en: `The file is not an image the website can show. The website takes ${SITE_FORMATS.en}.`,
  }
}
