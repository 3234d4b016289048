import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, isStaff } from '../../access'
import { label } from '../../fields/labels'
import { always, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { SITE_IMAGE_MIME_TYPES } from '../../../common/imageFormats'
import { refuseUnusableImage } from './refuseUnusableImage'

/**
 * Images for the site and the newsletter. Alt text is required: the site is a public body's and
 * must meet WCAG 2.1 AA. Files live in the git-ignored data folder next to the SQLite file.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Bilete', 'Image'), plural: label('Media', 'Media') },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...rebuildSiteHooks(always), beforeOperation: [refuseUnusableImage] },
  upload: {
    staticDir: path.resolve(process.env.DATA_DIR ?? 'data', 'media'),
    // Only what the site can render (common/imageFormats.ts); anything else is refused at upload.
    mimeTypes: [...SITE_IMAGE_MIME_TYPES],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'email', width: 600 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Alternativ tekst', 'Alt text'),
      admin: {
        description: label(
          'Kva biletet viser, for skjermlesarar.',
          'What the image shows, for screen readers.',
        ),
      },
    },
    { name: 'credit', type: 'text', label: label('Fotograf', 'Credit') },
  ],
}
