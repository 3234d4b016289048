import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../access'
import { label } from '../fields/labels'
import { requestSiteBuild } from '../jobs/siteBuild/request'

/** Who the office is: shown on the site and required in every newsletter footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Innstillingar', 'Site settings'),
  access: { read: anyone, update: isAdmin },
  hooks: {
    afterChange: [
      async ({ doc, req }) => {
        if (req.context?.skipSiteBuild !== true) await requestSiteBuild(req.payload, 'site settings changed', req)
        return doc
      },
    ],
  },
  fields: [
    { name: 'officeName', type: 'text', required: true, localized: true, label: label('Kontoret sitt namn', 'Office name') },
    { name: 'municipality', type: 'text', required: true, label: label('Kommune', 'Municipality') },
    {
      name: 'municipalityNumber',
      type: 'text',
      required: true,
      validate: (v: unknown) => (typeof v === 'string' && /^\d{4}$/.test(v) ? true : 'Municipality number is 4 digits'),
      label: label('Kommunenummer', 'Municipality number'),
    },
    {
      name: 'postalAddress',
      type: 'textarea',
      required: true,
      label: label('Postadresse', 'Postal address'),
      admin: { description: 'Krevst i botnen av kvart nyheitsbrev. / Required in every newsletter footer.' },
    },
    { name: 'contactEmail', type: 'email', required: true },
    { name: 'contactPhone', type: 'text' },
    { name: 'siteUrl', type: 'text', label: label('Nettstad (offentleg)', 'Public site URL') },
    {
      name: 'socialLinks',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
      ],
    },
  ],
}
