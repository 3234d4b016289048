/**
 * An upload the public site cannot render is refused before anything is stored, with what to do in
 * the staff member's admin language. Without this an iPhone photo (HEIC) used as a hero image would
 * stop every site build, so nothing else the office publishes would go live either.
 */
import fs from 'node:fs/promises'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { imageFormatOf, unusableImageMessage } from '../../../common/imageFormats'
import { inLanguageOf } from '../../fields/labels'

const HEAD_BYTES = 4096

async function firstBytes(file: { data?: Buffer; tempFilePath?: string }): Promise<Uint8Array> {
  if (file.data?.length) return file.data.subarray(0, HEAD_BYTES)
  if (!file.tempFilePath) return new Uint8Array()
  const handle = await fs.open(file.tempFilePath)
  try {
    const head = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export const refuseUnusableImage: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const found = imageFormatOf(await firstBytes(file))
  if (found?.onSite) return args
  const message = unusableImageMessage(found)
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'file', message: inLanguageOf(req, message.nn, message.en) }],
    },
    req.t,
  )
}
