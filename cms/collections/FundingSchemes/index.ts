import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { anyone, isStaff } from '../../access'
import { osloDate } from '../../fields/dates'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { always, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { validateWebUrl } from '../../fields/webUrl'
import { publishStatusField } from '../../fields/publishStatus'
import { requireNynorskToPublish } from '../../hooks/requireNynorsk'

/** Grants and loans businesses can apply for: listed on the site nearest deadline first. */
export const FundingSchemes: CollectionConfig = {
  slug: 'funding-schemes',
  labels: {
    singular: label('Tilskotsordning', 'Funding scheme'),
    plural: label('Tilskotsordningar', 'Funding schemes'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contentLanguages', 'provider', 'deadline', 'rolling'],
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { ...rebuildSiteHooks(always), beforeChange: [requireNynorskToPublish('name', false)] },
  fields: [
    publishStatusField(),
    { name: 'name', type: 'text', required: true, localized: true, label: label('Namn', 'Name') },
    slugField('name'),
    contentLanguagesField(),
    { name: 'provider', type: 'text', required: true, label: label('Kven gir støtte', 'Provider') },
    {
      name: 'whoCanApply',
      type: 'textarea',
      localized: true,
      label: label('Kven kan søkje', 'Who can apply'),
    },
    { name: 'amount', type: 'text', localized: true, label: label('Beløp', 'Amount') },
    {
      name: 'rolling',
      type: 'checkbox',
      defaultValue: false,
      label: label('Løpande søknad', 'Rolling (no deadline)'),
    },
    osloDate('deadline', {
      label: label('Søknadsfrist', 'Deadline'),
      admin: { condition: (_, s) => !s?.rolling },
    }),
    { name: 'url', type: 'text', validate: validateWebUrl, label: label('Lenkje', 'Link') },
    topicsField(),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Skildring', 'Description'),
    },
  ],
}
