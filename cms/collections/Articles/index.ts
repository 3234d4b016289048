import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDateTime } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { setPublishedAt } from './hooks/setPublishedAt'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { publishStatusField } from '../../fields/publishStatus'
import { requireNynorskToPublish } from '../../hooks/requireNynorsk'
import { previewPageEndpoint, previewUrl } from '../../preview/previewEndpoint'

/** News from the office. Drafts autosave; publishing can be scheduled (Payload's jobs queue runs it). */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('Artikkel', 'Article'), plural: label('Artiklar', 'Articles') },
  endpoints: [previewPageEndpoint('articles')],
  admin: {
    preview: previewUrl('articles'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'contentLanguages', 'publishedAt', '_status', 'updatedAt'],
    // Payload's, except that its scheduling drawer shows 02.12.2026 14:30 in Oslo time.
    components: { edit: { PublishButton: '/admin/schedulePublish/PublishButton#PublishButton' } },
  },
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  versions: {
    // validate: the create view then waits for the first save instead of making an empty draft
    // at once (Payload creates autosaving documents on open otherwise).
    // The scheduling drawer's time list on a 24-hour clock (cms/admin/schedulePublish).
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
      validate: true,
    },
    maxPerDoc: 50,
  },
  hooks: {
    ...rebuildSiteHooks(isPublished),
    beforeChange: [requireNynorskToPublish(), setPublishedAt],
  },
  fields: [
    publishStatusField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tittel', 'Title'),
    },
    slugField(),
    contentLanguagesField(),
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: label('Ingress', 'Excerpt'),
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Hovudbilete', 'Hero image'),
    },
    { name: 'body', type: 'richText', localized: true, label: label('Brødtekst', 'Body') },
    topicsField(),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Forfattar', 'Author'),
      // The editor writing it, unless they pick a colleague.
      defaultValue: ({ user }) => user?.id,
      admin: { position: 'sidebar' },
    },
    osloDateTime('publishedAt', {
      label: label('Publisert', 'Published'),
      admin: { position: 'sidebar' },
    }),
  ],
}
