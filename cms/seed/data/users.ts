import type { SeedUser } from './types'

export const users = [
  {
    email: 'admin@vinje.example',
    name: 'Systemadministrator',
    roles: ['admin'],
    jobTitle: { nn: 'Systemadministrator', en: 'System administrator' },
    phone: '+47 35 06 20 00',
    showOnContactPage: false,
  },
  {
    email: 'ingrid.haugland@vinje.example',
    name: 'Ingrid Haugland',
    roles: ['admin', 'advisor'],
    guidanceTopics: ['funding', 'export'],
    jobTitle: { nn: 'Næringssjef', en: 'Head of Business Development' },
    phone: '+47 35 06 21 10',
    showOnContactPage: true,
  },
  {
    email: 'torbjorn.nordbo@vinje.example',
    name: 'Torbjørn Nordbø',
    roles: ['advisor'],
    guidanceTopics: ['start-business', 'hiring-skills', 'digitalisation'],
    jobTitle: { nn: 'Næringsrådgjevar', en: 'Business Adviser' },
    phone: '+47 35 06 21 12',
    showOnContactPage: true,
  },
  {
    email: 'sigrid.kleivi@vinje.example',
    name: 'Sigrid Kleivi',
    roles: ['advisor'],
    guidanceTopics: ['start-business', 'funding'],
    jobTitle: {
      nn: 'Næringsrådgjevar, landbruk og reiseliv',
      en: 'Business Adviser, Agriculture and Tourism',
    },
    phone: '+47 35 06 21 14',
    showOnContactPage: true,
  },
  {
    email: 'marte.lie@vinje.example',
    name: 'Marte Bakken Lie',
    roles: ['editor'],
    jobTitle: { nn: 'Kommunikasjonsrådgjevar', en: 'Communications Adviser' },
    phone: '+47 35 06 21 20',
    showOnContactPage: false,
  },
] satisfies SeedUser[]
