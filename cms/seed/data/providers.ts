import type { SeedProvider } from './types'

export const providers = [
  {
    slug: 'fjellhogskulen-rauland',
    name: 'Fjellhøgskulen, campus Rauland',
    kind: 'university',
    topics: ['reiseliv', 'landbruk', 'digitalisering'],
    website: 'https://fjellhogskulen.example',
    contact: {
      name: 'Aslaug Flatland',
      email: 'etterutdanning@fjellhogskulen.example',
      phone: '+47 35 02 60 00',
    },
    description: {
      nn: [
        'Fjellhøgskulen har eit lite, men aktivt campus i Rauland med fagmiljø innan reiseliv, kulturarv og berekraftig bygdeutvikling.',
        'Campuset tilbyr korte, praktiske etter- og vidareutdanningskurs for arbeidslivet, ofte i samarbeid med lokale verksemder. Mange av kursa gjev studiepoeng.',
      ],
      en: [
        'Fjellhøgskulen (the Mountain College) has a small but active campus in Rauland with expertise in tourism, cultural heritage and sustainable rural development.',
        'The campus offers short, practical continuing education courses for working life, often in cooperation with local businesses. Many of the courses give academic credits.',
      ],
    },
  },
  {
    slug: 'vest-telemark-fylkeskommune',
    name: 'Vest-Telemark fylkeskommune',
    kind: 'county',
    topics: ['eksport', 'rekruttering', 'reiseliv'],
    website: 'https://vest-telemark-fylke.example',
    contact: {
      name: 'Olav Sandnes',
      email: 'naeringsutvikling@vest-telemark-fylke.example',
      phone: '+47 35 91 70 00',
    },
    description: {
      nn: [
        'Fylkeskommunen har ansvar for regional utvikling og samarbeider med kommunane om kompetanse, rekruttering og internasjonalisering.',
        { h2: 'Dette kan fylkeskommunen hjelpe med' },
        {
          list: [
            'Regionale utviklingsmidlar',
            'Kompetanseprogram for små og mellomstore verksemder',
            'Eksportprogram og fellesstandar på messer',
          ],
        },
      ],
      en: [
        'The county authority is responsible for regional development and works with the municipalities on skills, recruitment and internationalisation.',
        { h2: 'How the county can help' },
        {
          list: [
            'Regional development funding',
            'Skills programmes for small and medium-sized businesses',
            'Export programmes and shared stands at trade fairs',
          ],
        },
      ],
    },
  },
  {
    slug: 'naeringskontoret-i-vinje',
    name: 'Næringskontoret i Vinje',
    kind: 'public-body',
    topics: ['finansiering', 'generasjonsskifte'],
    website: 'https://www.vinje.example/naering',
    contact: {
      name: 'Ingrid Haugland',
      email: 'naering@vinje.example',
      phone: '+47 35 06 20 00',
    },
    description: {
      nn: [
        'Næringskontoret i Vinje kommune held sjølv nokre kurs for gründarar og lokale verksemder, gratis og i kommunehuset.',
      ],
      en: [
        'The business office of Vinje municipality runs a few courses itself for entrepreneurs and local businesses, free of charge and at the town hall.',
      ],
    },
  },
  {
    slug: 'regionalt-verkemiddelkontor',
    name: 'Regionalt verkemiddelkontor',
    kind: 'public-body',
    topics: ['finansiering', 'eksport', 'landbruk'],
    website: 'https://verkemiddelkontor.example',
    contact: {
      name: 'Kristin Aasland',
      email: 'telemark@verkemiddelkontor.example',
      phone: '+47 35 58 44 00',
    },
    description: {
      nn: [
        'Det regionale verkemiddelkontoret forvaltar statlege lån, tilskot og rådgjeving til verksemder som vil vekse, innovere eller ut i nye marknader.',
        'Kontoret har eigne rådgjevarar for landbruk og bygdenæringar, og held jamleg kurs i søknadsskriving saman med kommunane.',
      ],
      en: [
        'The regional support agency manages state loans, grants and advisory services for businesses that want to grow, innovate or enter new markets.',
        'The office has dedicated advisers for agriculture and rural businesses, and regularly runs courses on application writing together with the municipalities.',
      ],
    },
  },
  {
    slug: 'haukeli-rekneskap',
    name: 'Haukeli Rekneskap og Rådgjeving AS',
    kind: 'private',
    topics: ['finansiering', 'generasjonsskifte'],
    website: 'https://haukeli-rekneskap.example',
    contact: {
      name: 'Tone Berge',
      email: 'post@haukeli-rekneskap.example',
      phone: '+47 35 07 11 40',
    },
    description: {
      nn: [
        'Autorisert rekneskapsførarselskap med kontor på Edland. Vi fører rekneskap for om lag 150 små verksemder og gardsbruk i Vest-Telemark.',
        'Vi held kurs om rekneskap, meirverdiavgift og generasjonsskifte, og tilpassar innhaldet til kvardagen i små verksemder.',
      ],
      en: [
        'An authorised accounting firm based in Edland. We keep the books for about 150 small businesses and farms in West Telemark.',
        'We run courses on accounting, VAT and business succession, tailored to everyday life in small businesses.',
      ],
    },
  },
  {
    slug: 'fjellnett-digital',
    name: 'Fjellnett Digital AS',
    kind: 'private',
    topics: ['digitalisering', 'marknadsforing'],
    website: 'https://fjellnett-digital.example',
    contact: {
      name: 'Jon Erik Aamot',
      email: 'kurs@fjellnett-digital.example',
      phone: '+47 40 12 34 56',
    },
    description: {
      nn: [
        'Fjellnett Digital lagar nettsider og nettbutikkar og hjelper små verksemder med å ta i bruk digitale verktøy.',
        'Kursa våre er praktiske: du tek med deg eigen PC, og går heim med noko som faktisk fungerer.',
      ],
      en: [
        'Fjellnett Digital builds websites and online shops and helps small businesses adopt digital tools.',
        'Our courses are hands-on: bring your own laptop and go home with something that actually works.',
      ],
    },
  },
  {
    slug: 'laeringsloftet',
    name: 'Læringsloftet',
    kind: 'lms',
    topics: ['hms', 'digitalisering', 'marknadsforing', 'rekruttering'],
    website: 'https://laeringsloftet.example',
    contact: {
      name: 'Kundeservice Læringsloftet',
      email: 'hjelp@laeringsloftet.example',
      phone: '+47 22 00 45 45',
    },
    description: {
      nn: [
        'Læringsloftet er ein læringsplattform med nettkurs for arbeidslivet. Du tek kursa i eige tempo og får kursbevis når du er ferdig.',
        'Næringskontoret har avtale om rabatt for verksemder i Vinje på utvalde kurs, mellom anna HMS-kurs for dagleg leiar.',
      ],
      en: [
        'Læringsloftet is a learning platform with online courses for working life. You take the courses at your own pace and receive a certificate when you finish.',
        'The business office has agreed a discount on selected courses for businesses in Vinje, including the HSE course for managers.',
      ],
    },
  },
] satisfies SeedProvider[]
