import type { SeedTopic } from './types'

export const topics = [
  {
    slug: 'digitalisering',
    name: { nn: 'Digitalisering', en: 'Digitalisation' },
    description: {
      nn: 'Digitale verktøy, nettbutikk, skytenester, datatryggleik og korleis verksemda kan spare tid på betre system.',
      en: 'Digital tools, online shops, cloud services, cyber security and how your business can save time with better systems.',
    },
  },
  {
    slug: 'marknadsforing',
    name: { nn: 'Marknadsføring', en: 'Marketing' },
    description: {
      nn: 'Sosiale medium, nettsider, merkevarebygging og sal – også for verksemder med lite budsjett.',
      en: 'Social media, websites, branding and sales – also for businesses with a small budget.',
    },
  },
  {
    slug: 'finansiering',
    name: { nn: 'Finansiering og tilskot', en: 'Funding and grants' },
    description: {
      nn: 'Tilskot, lån og eigenkapital: kommunale næringsfond, regionale verkemiddel og råd om søknadsskriving.',
      en: 'Grants, loans and equity: municipal business funds, regional support schemes and advice on writing applications.',
    },
  },
  {
    slug: 'eksport',
    name: { nn: 'Eksport og internasjonalisering', en: 'Export and internationalisation' },
    description: {
      nn: 'Korleis ta produkt og tenester ut i nye marknader, med hjelp til marknadsinnsikt, messer og dokumentasjon.',
      en: 'How to take products and services to new markets, with help on market insight, trade fairs and documentation.',
    },
  },
  {
    slug: 'reiseliv',
    name: { nn: 'Reiseliv', en: 'Tourism' },
    description: {
      nn: 'Overnatting, opplevingar, skisenter og hytteturisme – heile året, ikkje berre i høgsesongen.',
      en: 'Accommodation, experiences, ski resorts and cabin tourism – all year round, not just in the high season.',
    },
  },
  {
    slug: 'landbruk',
    name: { nn: 'Landbruk og lokalmat', en: 'Agriculture and local food' },
    description: {
      nn: 'Gardsdrift, stølsdrift, tilleggsnæringar og vidareforedling av lokalmat.',
      en: 'Farming, summer mountain farming, additional farm businesses and processing of local food.',
    },
  },
  {
    slug: 'hms',
    name: { nn: 'HMS', en: 'Health, safety and environment (HSE)' },
    description: {
      nn: 'Helse, miljø og tryggleik: krav til arbeidsgjevarar, risikovurdering, opplæring og godt arbeidsmiljø.',
      en: 'Health, safety and environment: employer requirements, risk assessment, training and a good working environment.',
    },
  },
  {
    slug: 'rekruttering',
    name: { nn: 'Rekruttering og kompetanse', en: 'Recruitment and skills' },
    description: {
      nn: 'Å finne, utvikle og halde på dei rette folka – frå lærlingar til erfarne fagfolk som flyttar heim.',
      en: 'Finding, developing and keeping the right people – from apprentices to experienced professionals moving home.',
    },
  },
  {
    slug: 'generasjonsskifte',
    name: { nn: 'Generasjonsskifte', en: 'Business succession' },
    description: {
      nn: 'Planlegging av eigarskifte, verdivurdering, overdraging til neste generasjon eller sal til nye eigarar.',
      en: 'Planning a change of ownership, valuation, handing over to the next generation or selling to new owners.',
    },
  },
] satisfies SeedTopic[]
