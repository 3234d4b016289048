import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDateTime } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { setPublishedAt } from './hooks/setPublishedAt'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'

/** News from the office. Drafts autosave; publishing can be scheduled (Payload's jobs queue runs it). */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('Artikkel', 'Article'), plural: label('Artiklar', 'Articles') },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'] },
  access: { read: publishedOrStaff, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { ...rebuildSiteHooks(isPublished), beforeChange: [setPublishedAt] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tittel', 'Title') },
    slugField(),
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: label('Ingress', 'Excerpt'),
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Hovudbilete', 'Hero image') },
    { name: 'body', type: 'richText', localized: true, label: label('Brødtekst', 'Body') },
    topicsField(),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Forfattar', 'Author'),
      admin: { position: 'sidebar' },
    },
    osloDateTime('publishedAt', { label: label('Publisert', 'Published'), admin: { position: 'sidebar' } }),
  ],
}
