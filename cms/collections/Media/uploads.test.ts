/**
 * An image the site cannot render is refused at upload, over REST as the admin sends it
 * (multipart), with what to do in the staff member's admin language, and nothing is stored. Every
 * format the site renders is taken.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../../test/helpers/cms'

let cms: TestCms
let editor: string
beforeAll(async () => {
  cms = await testCms()
  editor = await cms.staff(['editor'])
})

const mediaDir = () => path.join(process.env.DATA_DIR!, 'media')
const storedFiles = () => (fs.existsSync(mediaDir()) ? fs.readdirSync(mediaDir()) : [])

/** Uploads as the admin does: the file and the document's fields as `_payload`, multipart. */
async function upload(
  file: { bytes: Uint8Array; name: string; type: string },
  language?: 'nn' | 'en',
) {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify({ alt: 'Utsikt over Vinjevatn' }))
  // The multipart body and its boundary, as a browser would send them.
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  const res = await cms.rest('/media?locale=nn', {
    method: 'POST',
    token: editor,
    headers: {
      'Content-Type': encoded.headers.get('content-type')!,
      ...(language ? { Cookie: `payload-lng=${language}` } : {}),
    },
    body: await encoded.arrayBuffer(),
  })
  const body = await res.json()
  return { status: res.status, body, messages: JSON.stringify(body.errors ?? []) }
}

const picture = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#3d5a40' } })

/**
 * What an iPhone writes: a HEIF container whose brands say HEIC (HEVC-coded). sharp here cannot
 * encode HEVC, so its AVIF (the same container, AV1-coded) gets the iPhone's brands.
 */
async function heicPhoto(): Promise<Uint8Array> {
  const bytes = new Uint8Array(await picture().avif().toBuffer())
  const boxSize = new DataView(bytes.buffer).getUint32(0)
  const brands = new TextEncoder().encode('heic')
  bytes.set(brands, 8)
  for (let at = 16; at < boxSize; at += 4) bytes.set(new TextEncoder().encode('mif1'), at)
  bytes.set(brands, 16)
  return bytes
}

/** A real 2×2, 24-bit Windows bitmap (sharp reads and writes none). */
function bmpImage(): Uint8Array {
  const rowBytes = 8 // 2 pixels × 3 bytes, padded to 4
  const size = 54 + rowBytes * 2
  const b = Buffer.alloc(size)
  b.write('BM', 0, 'ascii')
  b.writeUInt32LE(size, 2)
  b.writeUInt32LE(54, 10)
  b.writeUInt32LE(40, 14)
  b.writeInt32LE(2, 18)
  b.writeInt32LE(2, 22)
  b.writeUInt16LE(1, 26)
  b.writeUInt16LE(24, 28)
  b.writeUInt32LE(rowBytes * 2, 34)
  for (const row of [0, 1])
    for (const px of [0, 1]) b.writeUIntLE(0x405a3d, 54 + row * rowBytes + px * 3, 3)
  return b
}

const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#3d5a40"/></svg>`

describe('an image the site cannot render', () => {
  it('an iPhone photo (HEIC) is refused in Nynorsk, saying to export it as JPEG, and nothing is stored', async () => {
    const heic = await heicPhoto()
    const before = await cms.payload.count({ collection: 'media' })
    // As it comes off the phone, and renamed to .jpg by a well-meaning colleague.
    for (const file of [
      { bytes: heic, name: 'IMG_0412.HEIC', type: 'image/heic' },
      { bytes: heic, name: 'IMG_0412.jpg', type: 'image/jpeg' },
    ]) {
      const { status, messages } = await upload(file)
      expect(status, file.name).toBe(400)
      expect(messages).toContain('HEIC-bilete frå iPhone kan ikkje visast på nettstaden')
      expect(messages).toContain('eksporter biletet som JPEG')
      expect(messages).toContain('JPEG, PNG, WebP, AVIF, GIF og SVG')
    }
    expect(await cms.payload.count({ collection: 'media' })).toEqual(before)
    expect(storedFiles().filter((f) => /IMG_0412/.test(f))).toEqual([])
  })

  it('is refused in English for staff who chose English', async () => {
    const { status, messages } = await upload(
      { bytes: await heicPhoto(), name: 'IMG_0412.HEIC', type: 'image/heic' },
      'en',
    )
    expect(status).toBe(400)
    expect(messages).toContain('HEIC photos from an iPhone cannot be shown on the website')
    expect(messages).toContain('export the photo as JPEG')
    expect(messages).not.toContain('nettstaden')
  })

  it('BMP and TIFF are refused naming the format and what to save as; nothing is stored', async () => {
    const tiff = new Uint8Array(await picture().tiff().toBuffer())
    for (const [bytes, name, type, format] of [
      [bmpImage(), 'kart.bmp', 'image/bmp', 'BMP'],
      [tiff, 'skanna.tif', 'image/tiff', 'TIFF'],
    ] as const) {
      const nn = await upload({ bytes, name, type })
      expect(nn.status, name).toBe(400)
      expect(nn.messages).toContain(`Biletformatet ${format} kan ikkje visast på nettstaden`)
      expect(nn.messages).toContain('lagre biletet som JPEG (foto) eller PNG (grafikk, logoar)')
      const en = await upload({ bytes, name, type }, 'en')
      expect(en.messages).toContain(`The image format ${format} cannot be shown on the website`)
    }
    expect(await cms.payload.count({ collection: 'media' })).toEqual({ totalDocs: 0 })
    expect(storedFiles()).toEqual([])
  })

  it('a file that is no image at all is refused', async () => {
    const { status, messages } = await upload({
      bytes: new TextEncoder().encode('Namn;Telefon\nOla;12345678\n'),
      name: 'liste.png',
      type: 'image/png',
    })
    expect(status).toBe(400)
    expect(messages).toContain('Fila er ikkje eit bilete nettstaden kan vise')
  })
})

describe('every format the site renders', () => {
  it('is taken: JPEG, PNG, WebP, AVIF, GIF and SVG', async () => {
    const files = [
      { bytes: await picture().jpeg().toBuffer(), name: 'a.jpg', type: 'image/jpeg' },
      { bytes: await picture().png().toBuffer(), name: 'b.png', type: 'image/png' },
      { bytes: await picture().webp().toBuffer(), name: 'c.webp', type: 'image/webp' },
      { bytes: await picture().avif().toBuffer(), name: 'd.avif', type: 'image/avif' },
      { bytes: await picture().gif().toBuffer(), name: 'e.gif', type: 'image/gif' },
      { bytes: Buffer.from(SVG), name: 'logo.svg', type: 'image/svg+xml' },
    ]
    for (const file of files) {
      const { status, body } = await upload({ ...file, bytes: new Uint8Array(file.bytes) })
      expect(status, `${file.name}: ${JSON.stringify(body)}`).toBe(201)
      expect(body.doc.mimeType).toBe(file.type)
      expect(body.doc.width, file.name).toBeGreaterThan(0)
    }
    const svg = await cms.payload.find({
      collection: 'media',
      where: { filename: { equals: 'logo.svg' } },
    })
    expect(svg.docs[0]).toMatchObject({ width: 120, height: 60, mimeType: 'image/svg+xml' })
  })
})
