import type { L, Paragraphs } from './types'

export interface SeedFundingScheme {
  slug: L
  name: L
  provider: string
  whoCanApply: L
  amount: L
  /** Days from the seed run to the deadline; null for a rolling scheme. */
  deadlineDaysFromNow: number | null
  url: string
  topics: string[]
  description: Paragraphs
}

export const fundingSchemes = [
  {
    slug: { nn: 'naeringsfondet-i-vinje', en: 'vinje-business-development-fund' },
    name: { nn: 'Næringsfondet i Vinje', en: 'Vinje business development fund' },
    provider: 'Vinje kommune',
    whoCanApply: {
      nn: 'Verksemder og gründerar med forretningsadresse i Vinje, og lag som byggjer næringsliv i kommunen.',
      en: 'Businesses and entrepreneurs registered in Vinje, and associations that build business life in the municipality.',
    },
    amount: {
      nn: 'Inntil 200 000 kr, høgst 50 % av kostnadene',
      en: 'Up to NOK 200,000, at most 50 % of the costs',
    },
    deadlineDaysFromNow: 21,
    url: 'https://vinje.example/naeringsfondet',
    topics: ['finansiering', 'reiseliv', 'landbruk'],
    description: {
      nn: [
        'Det kommunale næringsfondet gjev tilskot til etablering, produktutvikling, marknadsføring og kompetanseheving i lokale verksemder.',
        'Næringskontoret hjelper gjerne med søknaden: ta kontakt minst ei veke før fristen.',
      ],
      en: [
        'The municipal business development fund gives grants for start-ups, product development, marketing and skills development in local businesses.',
        'The business office is glad to help with the application: get in touch at least a week before the deadline.',
      ],
    },
  },
  {
    slug: { nn: 'oppstartstilskot', en: 'start-up-grant' },
    name: { nn: 'Oppstartstilskot for nye verksemder', en: 'Start-up grant for new businesses' },
    provider: 'Nyskapingsbanken (nasjonal verkemiddelaktør)',
    whoCanApply: {
      nn: 'Gründerar med ein innovativ forretningsidé og vekstambisjonar, i verksemder under fem år.',
      en: 'Entrepreneurs with an innovative business idea and growth ambitions, in businesses less than five years old.',
    },
    amount: {
      nn: 'Inntil 150 000 kr i første fase, inntil 1 mill. kr i andre fase',
      en: 'Up to NOK 150,000 in the first phase, up to NOK 1 million in the second',
    },
    deadlineDaysFromNow: 48,
    url: 'https://nyskapingsbanken.example/oppstartstilskot',
    topics: ['finansiering', 'digitalisering', 'eksport'],
    description: {
      nn: [
        'Tilskotet skal hjelpe nye verksemder med å teste marknaden og utvikle produktet før dei hentar privat kapital.',
        { list: ['Marknadsavklaring', 'Prototypar og testing', 'Rådgjeving frå eksterne fagfolk'] },
      ],
      en: [
        'The grant helps new businesses test the market and develop their product before they raise private capital.',
        { list: ['Market validation', 'Prototypes and testing', 'Advice from external experts'] },
      ],
    },
  },
  {
    slug: { nn: 'regionale-utviklingsmidlar', en: 'regional-development-funding' },
    name: { nn: 'Regionale utviklingsmidlar', en: 'Regional development funding' },
    provider: 'Vest-Telemark fylkeskommune',
    whoCanApply: {
      nn: 'Verksemder, kommunar og organisasjonar med prosjekt som styrkjer næringslivet i regionen.',
      en: 'Businesses, municipalities and organisations with projects that strengthen business life in the region.',
    },
    amount: { nn: 'Vanlegvis 100 000–500 000 kr', en: 'Usually NOK 100,000–500,000' },
    deadlineDaysFromNow: 80,
    url: 'https://vest-telemark-fylke.example/utviklingsmidlar',
    topics: ['finansiering', 'reiseliv', 'rekruttering'],
    description: {
      nn: [
        'Fylkeskommunen prioriterer samarbeidsprosjekt mellom fleire verksemder, og prosjekt som gjev nye arbeidsplassar utanfor byane.',
      ],
      en: [
        'The county gives priority to projects where several businesses work together, and to projects that create new jobs outside the towns.',
      ],
    },
  },
  {
    slug: { nn: 'distriktslan', en: 'rural-business-loan' },
    name: { nn: 'Distriktslån', en: 'Rural business loan' },
    provider: 'Nyskapingsbanken (nasjonal verkemiddelaktør)',
    whoCanApply: {
      nn: 'Små og mellomstore verksemder i distrikta som ikkje får heile finansieringa i ein vanleg bank.',
      en: 'Small and medium-sized businesses in rural areas that cannot get all of their financing from an ordinary bank.',
    },
    amount: {
      nn: 'Lån frå 500 000 kr, med opptil to års avdragsfridom',
      en: 'Loans from NOK 500,000, with up to two years without repayments',
    },
    deadlineDaysFromNow: null,
    url: 'https://nyskapingsbanken.example/distriktslan',
    topics: ['finansiering'],
    description: {
      nn: [
        'Lånet har løpande søknad og kan kombinerast med lån frå eigen bank. Svar kjem vanlegvis innan seks veker.',
      ],
      en: [
        'The loan is open all year and can be combined with a loan from your own bank. Decisions usually come within six weeks.',
      ],
    },
  },
  {
    slug: { nn: 'kompetansetilskot-bedriftsintern-opplaering', en: 'in-company-training-grant' },
    name: {
      nn: 'Kompetansetilskot til bedriftsintern opplæring',
      en: 'Grant for in-company training',
    },
    provider: 'Vest-Telemark fylkeskommune',
    whoCanApply: {
      nn: 'Verksemder som treng å lære opp dei tilsette på grunn av omstilling, ny teknologi eller nye krav.',
      en: 'Businesses that need to train their employees because of restructuring, new technology or new requirements.',
    },
    amount: {
      nn: 'Inntil 50 % av kostnadene til opplæringa',
      en: 'Up to 50 % of the training costs',
    },
    deadlineDaysFromNow: 130,
    url: 'https://vest-telemark-fylke.example/bio',
    topics: ['rekruttering', 'hms', 'digitalisering'],
    description: {
      nn: [
        'Tilskotet dekkjer kurs, kursleiar og reise, men ikkje løn til dei som går på kurset. Næringskontoret kan hjelpe med å finne tilbydar.',
      ],
      en: [
        'The grant covers courses, instructors and travel, but not the wages of the employees taking the course. The business office can help you find a provider.',
      ],
    },
  },
  {
    slug: { nn: 'reiselivsloftet', en: 'tourism-boost' },
    name: { nn: 'Reiselivsløftet: heilårsturisme', en: 'Tourism boost: all-year tourism' },
    provider: 'Vinje kommune',
    whoCanApply: {
      nn: 'Reiselivsverksemder i Vinje som vil utvikle tilbod utanom vintersesongen.',
      en: 'Tourism businesses in Vinje that want to develop offers outside the winter season.',
    },
    amount: { nn: 'Inntil 75 000 kr', en: 'Up to NOK 75,000' },
    deadlineDaysFromNow: -12,
    url: 'https://vinje.example/reiselivsloftet',
    topics: ['reiseliv', 'marknadsforing'],
    description: {
      nn: ['Søknadsfristen for i år har gått ut. Ny utlysing kjem til hausten.'],
      en: ['This year’s deadline has passed. A new call will be published in the autumn.'],
    },
  },
] satisfies SeedFundingScheme[]
