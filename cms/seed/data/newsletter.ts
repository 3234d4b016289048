import type { SeedNewsletter } from './types'

export const newsletter = {
  subject: {
    nn: 'Nyheitsbrev frå næringskontoret – desember',
    en: 'Newsletter from the business office – December',
  },
  preheader: {
    nn: 'Nytt utviklingsfond, travel vintersesong og møteplassar før jul.',
    en: 'New development fund, a busy winter season and meeting places before Christmas.',
  },
  intro: {
    nn: [
      'Kjære næringsdrivande i Vinje!',
      'Året nærmar seg slutten, og det har vore ein travel haust for næringslivet i kommunen. Takk til alle som kom på Næringslivsdagen – no følgjer vi opp innspela.',
      'I denne utgåva kan du lese om det nye utviklingsfondet, korleis reiselivet førebur seg til vinteren, og kva møte og kurs som står på programmet framover.',
    ],
    en: [
      'Dear business owners in Vinje!',
      'The year is drawing to a close, and it has been a busy autumn for businesses in the municipality. Thank you to everyone who came to the Business Day – we are now following up on your input.',
      'In this issue you can read about the new development fund, how tourism is preparing for winter, and which meetings and courses are coming up.',
    ],
  },
  articles: [
    'nytt-utviklingsfond-for-bygdenaeringar-opnar-for-soknader',
    'reiselivet-rustar-seg-til-ein-travel-vintersesong',
    'naeringslivsdagen-i-vinje-samla-over-120-deltakarar',
  ],
  events: ['dialogmote-med-naeringssjefen', 'naeringsfrukost-digitale-verktoy-som-sparar-tid'],
  courses: ['kom-i-gang-med-nettbutikk', 'soknadsskriving-tilskot-og-lan-til-utvikling'],
} satisfies SeedNewsletter
