import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '../../access'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { always, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { validateWebUrl } from '../../fields/webUrl'
import { publishStatusField } from '../../fields/publishStatus'

export const PROVIDER_KINDS = [
  { value: 'university', label: label('Universitet / høgskule', 'University / college') },
  { value: 'county', label: label('Fylkeskommune', 'County') },
  { value: 'public-body', label: label('Offentleg verkemiddelaktør', 'Public support body') },
  { value: 'private', label: label('Privat verksemd', 'Private firm') },
  { value: 'lms', label: label('Nettkurs / LMS', 'Online learning (LMS)') },
  { value: 'other', label: label('Anna', 'Other') },
]

/** Who offers training and counselling: the supply side of the broker. */
export const Providers: CollectionConfig = {
  slug: 'providers',
  labels: { singular: label('Tilbydar', 'Provider'), plural: label('Tilbydarar', 'Providers') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'website'] },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: rebuildSiteHooks(always),
  fields: [
    publishStatusField(),
    { name: 'name', type: 'text', required: true, label: label('Namn', 'Name') },
    slugField('name', false),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: PROVIDER_KINDS,
      label: label('Type', 'Kind'),
    },
    topicsField(),
    {
      name: 'website',
      type: 'text',
      validate: validateWebUrl,
      label: label('Nettstad', 'Website'),
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Kontakt', 'Contact'),
      fields: [
        { name: 'name', type: 'text', label: label('Namn', 'Name') },
        { name: 'email', type: 'email', label: label('E-post', 'Email') },
        { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Skildring', 'Description'),
    },
  ],
}
