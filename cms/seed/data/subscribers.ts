import type { SeedSubscriber } from './types'

export const subscribers = [
  {
    email: 'kari.haugen@example.no',
    name: 'Kari Haugen',
    status: 'confirmed',
    topics: ['reiseliv', 'marknadsforing'],
    locale: 'nn',
  },
  {
    email: 'olav.bakken@example.no',
    name: 'Olav Bakken',
    status: 'confirmed',
    topics: ['landbruk', 'generasjonsskifte'],
    locale: 'nn',
  },
  {
    email: 'fjellkode.post@example.com',
    name: 'Fjellkode AS',
    status: 'confirmed',
    topics: ['digitalisering', 'eksport'],
    locale: 'nn',
  },
  {
    email: 'anna.devries@example.com',
    name: 'Anna de Vries',
    status: 'confirmed',
    topics: [],
    locale: 'en',
  },
  {
    email: 'tor.nystad@example.no',
    name: 'Tor Nystad',
    status: 'unconfirmed',
    topics: ['finansiering'],
    locale: 'nn',
  },
  {
    email: 'lukas.schneider@example.com',
    name: 'Lukas Schneider',
    status: 'unconfirmed',
    topics: ['reiseliv'],
    locale: 'en',
  },
  {
    email: 'ingvild.rue@example.no',
    name: 'Ingvild Rue',
    status: 'unsubscribed',
    topics: ['hms', 'rekruttering'],
    locale: 'nn',
  },
  {
    email: 'james.whitfield@example.com',
    name: 'James Whitfield',
    status: 'unsubscribed',
    topics: [],
    locale: 'en',
  },
  {
    email: 'gamal.adresse@example.no',
    name: 'Bjørn Tveit',
    status: 'bounced',
    topics: ['digitalisering'],
    locale: 'nn',
  },
  {
    email: 'sondre.lie@example.no',
    name: 'Sondre Lie',
    status: 'complained',
    topics: ['marknadsforing', 'reiseliv'],
    locale: 'nn',
  },
] satisfies SeedSubscriber[]
