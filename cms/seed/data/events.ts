import type { SeedEvent } from './types'

export const events = [
  {
    slug: {
      nn: 'dialogmote-med-naeringssjefen',
      en: 'dialogue-meeting-with-the-head-of-business-development',
    },
    title: {
      nn: 'Dialogmøte med næringssjefen',
      en: 'Dialogue meeting with the head of business development',
    },
    kind: 'dialogue-meeting',
    daysFromNow: 12,
    time: '09:00',
    hours: 2,
    venue: {
      nn: 'Vinje kommunehus, møterom Vinjesalen',
      en: 'Vinje Town Hall, Vinjesalen meeting room',
    },
    address: 'Kommunehusvegen 1, 3890 Vinje',
    organiser: { nn: 'Næringskontoret i Vinje kommune', en: 'Vinje Municipality Business Office' },
    // Small on purpose: a few sign-ups in the demo show "Fullt – venteliste".
    capacity: 8,
    price: { free: true, note: { nn: 'Kaffi og noko å bite i', en: 'Coffee and refreshments' } },
    registration: { method: 'site', deadlineDaysFromNow: 9, waitlist: true },
    topics: ['finansiering', 'generasjonsskifte', 'rekruttering'],
    description: {
      nn: [
        'Ope dialogmøte der næringssjef Ingrid Haugland orienterer om planane for næringsarbeidet det komande året og tek imot innspel frå næringslivet.',
        { h2: 'Tema' },
        {
          list: [
            'Det nye utviklingsfondet for bygdenæringar',
            'Næringsareal og tomter',
            'Rekruttering og bustader for tilsette',
          ],
        },
        'Kaffi og noko å bite i blir servert. Meld deg på i skjemaet på denne sida.',
      ],
      en: [
        'An open dialogue meeting where head of business development Ingrid Haugland presents plans for the coming year and invites input from local businesses.',
        { h2: 'Topics' },
        {
          list: [
            'The new rural development fund',
            'Commercial land and sites',
            'Recruitment and housing for employees',
          ],
        },
        'Coffee and refreshments will be served. Sign up with the form on this page.',
      ],
    },
  },
  {
    slug: {
      nn: 'naeringsfrukost-digitale-verktoy-som-sparar-tid',
      en: 'business-breakfast-digital-tools-that-save-time',
    },
    title: {
      nn: 'Næringsfrukost: digitale verktøy som sparar tid',
      en: 'Business breakfast: digital tools that save time',
    },
    kind: 'business-breakfast',
    daysFromNow: 19,
    time: '07:30',
    hours: 1.5,
    venue: { nn: 'Rauland Fjellstove', en: 'Rauland Fjellstove' },
    address: 'Fjellstovevegen 4, 3864 Rauland',
    organiser: { nn: 'Næringskontoret i Vinje kommune', en: 'Vinje Municipality Business Office' },
    capacity: 40,
    price: { free: true, note: { nn: 'Frukost inkludert', en: 'Breakfast included' } },
    registration: {
      method: 'url',
      url: 'https://skjema.vinje.example/naeringsfrukost-digitale-verktoy',
      deadlineDaysFromNow: 16,
    },
    topics: ['digitalisering'],
    description: {
      nn: [
        'Start dagen med frukost og korte innlegg frå lokale verksemder som har teke i bruk digitale verktøy for timeføring, booking og fakturering.',
        'Haukeli Røyr og Varme fortel om overgangen frå papir til mobil. Frukosten er gratis, men krev påmelding.',
      ],
      en: [
        'Start the day with breakfast and short talks from local businesses that have adopted digital tools for time tracking, booking and invoicing.',
        'Haukeli Røyr og Varme will talk about going from paper to mobile. Breakfast is free, but registration is required.',
      ],
    },
  },
  {
    slug: {
      nn: 'nettverksmote-for-reiselivet-pa-haukeli',
      en: 'tourism-network-meeting-at-haukeli',
    },
    title: {
      nn: 'Nettverksmøte for reiselivet på Haukeli',
      en: 'Tourism network meeting at Haukeli',
    },
    kind: 'network-meeting',
    daysFromNow: 34,
    time: '18:00',
    hours: 3,
    venue: { nn: 'Edland samfunnshus', en: 'Edland community hall' },
    address: 'Samfunnshusvegen 2, 3895 Edland',
    organiser: {
      nn: 'Næringskontoret og reiselivsnettverket på Haukeli',
      en: 'The business office and the Haukeli tourism network',
    },
    capacity: 50,
    price: {
      free: false,
      amountNok: 250,
      note: {
        nn: 'Middag inkludert, betalast ved oppmøte',
        en: 'Dinner included, paid on arrival',
      },
    },
    registration: {
      method: 'url',
      url: 'https://skjema.vinje.example/nettverksmote-reiseliv',
      deadlineDaysFromNow: 30,
    },
    topics: ['reiseliv', 'marknadsforing'],
    description: {
      nn: [
        'Nettverksmøte for alle som driv med overnatting, servering, aktivitetar og utleige på Haukeli og i Vågslid.',
        {
          list: [
            'Felles marknadsføring mot vinterferien',
            'Erfaringar frå sommarsesongen',
            'Samarbeid om bustader for sesongtilsette',
          ],
        },
        'Vi avsluttar med enkel middag.',
      ],
      en: [
        'Network meeting for everyone in accommodation, food service, activities and rentals at Haukeli and in Vågslid.',
        {
          list: [
            'Joint marketing for the winter holidays',
            'Lessons from the summer season',
            'Cooperation on housing for seasonal staff',
          ],
        },
        'We will finish with a simple dinner.',
      ],
    },
  },
  {
    slug: {
      nn: 'kurs-soknadsskriving-tilskot-og-lan-til-utvikling',
      en: 'course-application-writing-grants-and-loans-for-development',
    },
    title: {
      nn: 'Kurs: Søknadsskriving – tilskot og lån til utvikling',
      en: 'Course: Application writing – grants and loans for development',
    },
    kind: 'course-session',
    daysFromNow: 24,
    time: '09:00',
    hours: 4,
    venue: { nn: 'Vinje kommunehus, Åmot', en: 'Vinje Town Hall, Åmot' },
    address: 'Kommunehusvegen 1, 3890 Vinje',
    organiser: {
      nn: 'Regionalt verkemiddelkontor i samarbeid med næringskontoret',
      en: 'Regional support agency in cooperation with the business office',
    },
    capacity: 25,
    price: { free: true },
    registration: {
      method: 'url',
      url: 'https://verkemiddelkontor.example/kurs/soknadsskriving-vinje',
      deadlineDaysFromNow: 18,
    },
    topics: ['finansiering'],
    description: {
      nn: [
        'Halvdagskurs i søknadsskriving for gründarar og etablerte verksemder. Du får konkrete råd om prosjektplan, budsjett og finansieringsplan.',
        'Ta gjerne med eit utkast til eigen søknad – vi jobbar med dei i grupper.',
      ],
      en: [
        'Half-day course on writing applications for entrepreneurs and established businesses. You will get concrete advice on project plans, budgets and financing plans.',
        'Feel free to bring a draft of your own application – we will work on them in groups.',
      ],
    },
  },
  {
    slug: {
      nn: 'nettmote-digital-tryggleik-for-smabedrifter',
      en: 'webinar-cyber-security-for-small-businesses',
    },
    title: {
      nn: 'Nettmøte: digital tryggleik for småbedrifter',
      en: 'Webinar: cyber security for small businesses',
    },
    kind: 'other',
    daysFromNow: 7,
    time: '12:00',
    hours: 1,
    venue: { nn: 'Nettmøte', en: 'Online' },
    address: '',
    onlineUrl: 'https://meet.example/vinje-digital-tryggleik',
    organiser: {
      nn: 'Næringskontoret og Fjellnett Digital AS',
      en: 'The business office and Fjellnett Digital AS',
    },
    registration: { method: 'none' },
    topics: ['digitalisering', 'hms'],
    description: {
      nn: [
        'Ein lunsjtime på nett om korleis du vernar verksemda mot svindel, løysepengevirus og datalekkasjar.',
        {
          list: [
            'Tofaktorautentisering og passordhandsamar',
            'Tryggleikskopi som faktisk fungerer',
            'Korleis kjenne att falske fakturaer og e-postar',
          ],
        },
        'Inga påmelding – bruk lenkja når møtet startar.',
      ],
      en: [
        'A lunchtime webinar on how to protect your business against fraud, ransomware and data leaks.',
        {
          list: [
            'Two-factor authentication and password managers',
            'Backups that actually work',
            'How to recognise fake invoices and emails',
          ],
        },
        'No registration needed – use the link when the meeting starts.',
      ],
    },
  },
  {
    slug: { nn: 'fagmote-stolsdrift-og-beitebruk', en: 'seminar-summer-farming-and-grazing' },
    title: { nn: 'Fagmøte: stølsdrift og beitebruk', en: 'Seminar: summer farming and grazing' },
    kind: 'other',
    daysFromNow: 55,
    time: '10:00',
    hours: 4,
    venue: { nn: 'Raulandshuset', en: 'Raulandshuset' },
    address: 'Raulandsvegen 10, 3864 Rauland',
    organiser: { nn: 'Næringskontoret i Vinje kommune', en: 'Vinje Municipality Business Office' },
    capacity: 60,
    registration: { method: 'contact', deadlineDaysFromNow: 48 },
    cancelled: true,
    topics: ['landbruk'],
    description: {
      nn: [
        'Fagmøtet er dessverre avlyst. Vi kjem tilbake med ny dato seinare i vinter.',
        'Møtet skulle ta for seg tilskot til stølsdrift, beiteretter og samarbeid mellom brukarar.',
      ],
      en: [
        'Unfortunately, the seminar has been cancelled. We will announce a new date later this winter.',
        'The meeting was to cover grants for summer farming, grazing rights and cooperation between farmers.',
      ],
    },
  },
  {
    slug: { nn: 'naeringsfrukost-i-hoydalsmo', en: 'business-breakfast-in-hoydalsmo' },
    title: { nn: 'Næringsfrukost i Høydalsmo', en: 'Business breakfast in Høydalsmo' },
    kind: 'business-breakfast',
    daysFromNow: 90,
    time: '07:30',
    hours: 1.5,
    venue: { nn: 'Høydalsmo samfunnshus', en: 'Høydalsmo community hall' },
    address: 'Samfunnshusvegen 1, 3891 Høydalsmo',
    organiser: { nn: 'Næringskontoret i Vinje kommune', en: 'Vinje Municipality Business Office' },
    registration: { method: 'none' },
    topics: ['generasjonsskifte'],
    description: {
      nn: ['Program kjem. Tema blir truleg eigarskifte i små verksemder.'],
      en: [
        'Programme to follow. The topic will probably be change of ownership in small businesses.',
      ],
    },
    draft: true,
  },
  {
    slug: { nn: 'naeringslivsdagen-i-vinje', en: 'business-day-in-vinje' },
    title: { nn: 'Næringslivsdagen i Vinje', en: 'Business Day in Vinje' },
    kind: 'business-day',
    daysFromNow: -24,
    time: '09:00',
    hours: 7,
    allDay: false,
    venue: { nn: 'Vinjehallen', en: 'Vinjehallen' },
    address: 'Vinjevegen 10, 3890 Vinje',
    organiser: { nn: 'Næringskontoret i Vinje kommune', en: 'Vinje Municipality Business Office' },
    capacity: 150,
    price: {
      free: false,
      amountNok: 450,
      note: {
        nn: 'Lunsj inkludert. Gratis for verksemder i Vinje',
        en: 'Lunch included. Free for businesses in Vinje',
      },
    },
    registration: {
      method: 'url',
      url: 'https://skjema.vinje.example/naeringslivsdagen',
      deadlineDaysFromNow: -31,
    },
    topics: ['rekruttering', 'digitalisering', 'generasjonsskifte'],
    description: {
      nn: [
        'Den årlege møteplassen for næringslivet i Vinje, med foredrag, verkstader og god tid til å knyte kontaktar.',
        { h2: 'Program' },
        {
          list: [
            'Opning ved ordføraren',
            'Rekruttering: korleis får vi unge til å flytte heim?',
            'Digitalisering i praksis – tre lokale døme',
            'Generasjonsskifte: erfaringar frå dei som har gjort det',
            'Mingling og nettverk',
          ],
        },
        'Lunsj er inkludert. Dagen er gratis for verksemder i kommunen.',
      ],
      en: [
        'The annual meeting place for businesses in Vinje, with talks, workshops and plenty of time for networking.',
        { h2: 'Programme' },
        {
          list: [
            'Opening by the mayor',
            'Recruitment: how do we get young people to move home?',
            'Digitalisation in practice – three local examples',
            'Succession: lessons from those who have done it',
            'Mingling and networking',
          ],
        },
        'Lunch is included. The day is free for businesses in the municipality.',
      ],
    },
  },
  {
    slug: { nn: 'nettverkssamling-for-landbruket', en: 'agricultural-network-gathering' },
    title: { nn: 'Nettverkssamling for landbruket', en: 'Agricultural network gathering' },
    kind: 'network-meeting',
    daysFromNow: -60,
    time: '18:00',
    hours: 3,
    venue: { nn: 'Høydalsmo samfunnshus', en: 'Høydalsmo community hall' },
    address: 'Samfunnshusvegen 1, 3891 Høydalsmo',
    organiser: {
      nn: 'Næringskontoret og landbruksforvaltninga i Vinje',
      en: 'The business office and Vinje agricultural administration',
    },
    capacity: 40,
    registration: { method: 'contact', deadlineDaysFromNow: -64 },
    topics: ['landbruk', 'generasjonsskifte'],
    description: {
      nn: [
        'Samling for gardbrukarar med tema tilleggsnæring, lokalmat og generasjonsskifte på garden.',
        'Høydalsmo Stølsysteri fortalde om vegen frå hobby til eiga verksemd.',
      ],
      en: [
        'Gathering for farmers on additional farm businesses, local food and succession on the farm.',
        'Høydalsmo Stølsysteri told the story of going from hobby to business.',
      ],
    },
  },
  {
    slug: {
      nn: 'naeringsfrukost-generasjonsskifte-i-praksis',
      en: 'business-breakfast-succession-in-practice',
    },
    title: {
      nn: 'Næringsfrukost: generasjonsskifte i praksis',
      en: 'Business breakfast: succession in practice',
    },
    kind: 'business-breakfast',
    daysFromNow: -95,
    time: '07:30',
    hours: 1.5,
    venue: { nn: 'Åmot Kafé og Bakeri', en: 'Åmot Kafé og Bakeri' },
    address: 'Storvegen 12, 3890 Vinje',
    organiser: { nn: 'Næringskontoret i Vinje kommune', en: 'Vinje Municipality Business Office' },
    capacity: 30,
    registration: { method: 'none' },
    topics: ['generasjonsskifte'],
    description: {
      nn: [
        'Frukostmøte der to lokale verksemder delte erfaringane sine frå generasjonsskifte – kva gjekk bra, og kva dei ville gjort annleis.',
      ],
      en: [
        'Breakfast meeting where two local businesses shared their experiences of succession – what went well, and what they would have done differently.',
      ],
    },
  },
] satisfies SeedEvent[]
