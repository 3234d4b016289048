import type { GlobalConfig } from 'payload'

import { anyone, isAdmin } from '../access'
import { inLanguageOf, label } from '../fields/labels'
import { validateWebUrl } from '../fields/webUrl'
import { requestSiteBuild } from '../siteBuilds/request'

/** Who the office is: shown on the site and required in every newsletter footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Innstillingar', 'Site settings'),
  access: { read: anyone, update: isAdmin },
  hooks: {
    afterChange: [
      async ({ doc, req }) => {
        if (req.context?.skipSiteBuild !== true)
          await requestSiteBuild(req.payload, 'site settings changed', req)
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'officeName',
      type: 'text',
      required: true,
      localized: true,
      label: label('Kontoret sitt namn', 'Office name'),
    },
    { name: 'municipality', type: 'text', required: true, label: label('Kommune', 'Municipality') },
    {
      name: 'municipalityNumber',
      type: 'text',
      required: true,
      validate: (v: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
        typeof v === 'string' && /^\d{4}$/.test(v)
          ? true
          : inLanguageOf(req, 'Kommunenummeret har fire siffer', 'Municipality number is 4 digits'),
      label: label('Kommunenummer', 'Municipality number'),
    },
    {
      name: 'postalAddress',
      type: 'textarea',
      required: true,
      label: label('Postadresse', 'Postal address'),
      admin: {
        description: label(
          'Krevst i botnen av kvart nyheitsbrev.',
          'Required in every newsletter footer.',
        ),
      },
    },
    { name: 'contactEmail', type: 'email', required: true, label: label('E-post', 'Email') },
    { name: 'contactPhone', type: 'text', label: label('Telefon', 'Phone') },
    {
      name: 'siteUrl',
      type: 'text',
      validate: validateWebUrl,
      label: label('Nettstad (offentleg)', 'Public site URL'),
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: label('Logo eller kommunevåpen', 'Logo or coat of arms'),
      admin: {
        description: label(
          'Visast i toppen av nettstaden, 48 pikslar høg.',
          'Shown at the top of the site, 48 pixels high.',
        ),
      },
    },
    {
      name: 'brandColour',
      type: 'text',
      defaultValue: '#0b5a4a',
      validate: (v: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
        v == null || v === '' || (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v))
          ? true
          : inLanguageOf(req, 'Skriv fargen som #RRGGBB', 'Write the colour as #RRGGBB'),
      label: label('Profilfarge', 'Brand colour'),
      admin: {
        description: label(
          'Toppfelt og knappar. Vel ein mørk farge: kvit tekst må lesast på han (kontrast minst 4,5:1).',
          'Header and buttons. Choose a dark colour: white text must be readable on it (contrast at least 4.5:1).',
        ),
      },
    },
    {
      name: 'introduction',
      type: 'textarea',
      localized: true,
      maxLength: 240,
      label: label('Kort presentasjon', 'Short introduction'),
      admin: {
        description: label(
          'Ei eller to setningar under overskrifta på framsida.',
          'One or two sentences under the home page heading.',
        ),
      },
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: label('Lenkjer til sosiale medium', 'Social media links'),
      labels: { singular: label('Lenkje', 'Link'), plural: label('Lenkjer', 'Links') },
      fields: [
        { name: 'label', type: 'text', required: true, label: label('Tekst', 'Text') },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: validateWebUrl,
          label: label('Adresse', 'URL'),
        },
      ],
    },
  ],
}
