import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { anyone, isEditorOrAdmin } from '../../access'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { always, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { publishStatusField } from '../../fields/publishStatus'

/** The one shared taxonomy: articles, events, courses, providers, needs and subscriber preferences. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: label('Tema', 'Topic'), plural: label('Tema', 'Topics') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'contentLanguages', 'slug'] },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: rebuildSiteHooks(always),
  fields: [
    publishStatusField(),
    { name: 'name', type: 'text', required: true, localized: true, label: label('Namn', 'Name') },
    slugField('name', false),
    contentLanguagesField(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Skildring', 'Description'),
    },
  ],
}
