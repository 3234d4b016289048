import type { SeedCourse } from './types'

export const courses = [
  {
    slug: {
      nn: 'grundarkveldar-fra-ide-til-eiga-verksemd',
      en: 'founder-evenings-from-idea-to-business',
    },
    title: {
      nn: 'Gründarkveldar: frå idé til eiga verksemd',
      en: 'Founder evenings: from idea to your own business',
    },
    provider: 'naeringskontoret-i-vinje',
    topics: ['finansiering'],
    format: 'classroom',
    level: 'beginner',
    sessions: [
      { daysFromNow: 16, time: '18:00', hours: 2.5 },
      { daysFromNow: 23, time: '18:00', hours: 2.5 },
      { daysFromNow: 30, time: '18:00', hours: 2.5 },
    ],
    location: { nn: 'Vinje kommunehus, Åmot', en: 'Vinje Town Hall, Åmot' },
    price: { free: true },
    language: 'no',
    targetGroup: {
      nn: 'Deg som har ein forretningsidé og vil finne ut om han kan bli ei verksemd.',
      en: 'Anyone with a business idea who wants to find out whether it can become a business.',
    },
    // Two hours of homework between the evenings besides the 7.5 hours together.
    workload: { hours: 4.5, per: 'week', weeks: 3 },
    signupDeadlineDaysFromNow: 13,
    officeSignup: { capacity: 12, waitlist: true },
    description: {
      nn: [
        'Tre kveldar med næringskontoret for deg som går med ein idé. Vi går gjennom forretningsmodell, budsjett, selskapsform og kvar du kan søkje om pengar, og du får tilbakemelding på din eigen idé.',
        { h2: 'Kveldane' },
        {
          list: [
            'Frå idé til forretningsmodell',
            'Budsjett, prising og selskapsform',
            'Finansiering og vegen vidare, med rettleiing for kvar deltakar',
          ],
        },
        'Kurset er gratis. Meld deg på i skjemaet på denne sida: plassane er få, og det er venteliste når kurset er fullt.',
      ],
      en: [
        'Three evenings with the business office for anyone with an idea. We cover the business model, budget, company form and where to apply for funding, and you get feedback on your own idea.',
        { h2: 'The evenings' },
        {
          list: [
            'From idea to business model',
            'Budget, pricing and company form',
            'Funding and next steps, with guidance for each participant',
          ],
        },
        'The course is free. Sign up with the form on this page: places are few, and there is a waiting list once the course is full.',
      ],
    },
  },
  {
    slug: { nn: 'kom-i-gang-med-nettbutikk', en: 'getting-started-with-an-online-shop' },
    title: { nn: 'Kom i gang med nettbutikk', en: 'Getting started with an online shop' },
    provider: 'fjellnett-digital',
    topics: ['digitalisering', 'marknadsforing'],
    format: 'online',
    level: 'beginner',
    sessions: [
      { daysFromNow: 14, time: '18:00', hours: 2.5 },
      { daysFromNow: 21, time: '18:00', hours: 2.5 },
    ],
    location: { nn: 'Nettkurs', en: 'Online' },
    price: { free: false, amountNok: 1490 },
    language: 'no',
    targetGroup: {
      nn: 'Små verksemder som vil selje varer, gåvekort eller opplevingar på nett.',
      en: 'Small businesses that want to sell products, gift cards or experiences online.',
    },
    signupUrl: 'https://fjellnett-digital.example/kurs/nettbutikk',
    signupDeadlineDaysFromNow: 10,
    description: {
      nn: [
        'På to kveldar går vi gjennom alt du treng for å opne ein enkel nettbutikk: val av plattform, betalingsløysingar, frakt og korleis du får dei første kundane.',
        { h2: 'Du lærer' },
        {
          list: [
            'Å velje nettbutikkløysing som passar storleiken på verksemda',
            'Å setje opp betaling med kort og mobilbetaling',
            'Å skrive produkttekstar som sel',
            'Enkle grep for å bli funnen i søkjemotorar',
          ],
        },
        'Kurset er praktisk retta. Ha gjerne bilete og tekst for nokre produkt klare før første kveld.',
      ],
      en: [
        'Over two evenings we cover everything you need to open a simple online shop: choosing a platform, payment solutions, shipping and how to win your first customers.',
        { h2: 'You will learn' },
        {
          list: [
            'How to choose an online shop solution that suits the size of your business',
            'How to set up card and mobile payments',
            'How to write product texts that sell',
            'Simple steps to get found in search engines',
          ],
        },
        'The course is hands-on. It helps to have pictures and text for a few products ready before the first evening.',
      ],
    },
  },
  {
    slug: {
      nn: 'soknadsskriving-tilskot-og-lan-til-utvikling',
      en: 'application-writing-grants-and-loans-for-development',
    },
    title: {
      nn: 'Søknadsskriving: tilskot og lån til utvikling',
      en: 'Application writing: grants and loans for development',
    },
    provider: 'regionalt-verkemiddelkontor',
    topics: ['finansiering'],
    format: 'classroom',
    level: 'beginner',
    sessions: [{ daysFromNow: 24, time: '09:00', hours: 4 }],
    location: { nn: 'Vinje kommunehus, Åmot', en: 'Vinje Town Hall, Åmot' },
    price: { free: true },
    language: 'no',
    targetGroup: {
      nn: 'Gründarar og etablerte verksemder som planlegg eit utviklingsprosjekt det neste året.',
      en: 'Entrepreneurs and established businesses planning a development project in the coming year.',
    },
    signupUrl: 'https://verkemiddelkontor.example/kurs/soknadsskriving-vinje',
    signupDeadlineDaysFromNow: 18,
    description: {
      nn: [
        'Ein god søknad er ein god prosjektplan. På dette kurset får du konkrete råd om korleis du skildrar prosjektet, set opp budsjett og finansieringsplan, og kva sakshandsamarane legg vekt på.',
        { h2: 'Program' },
        {
          list: [
            'Oversikt over aktuelle tilskot og lån',
            'Frå idé til prosjektplan',
            'Budsjett og eigenfinansiering',
            'Gruppearbeid på eigne søknadsutkast',
          ],
        },
        'Næringskontoret deltek og kan svare på spørsmål om det kommunale utviklingsfondet.',
      ],
      en: [
        'A good application is a good project plan. This course gives you concrete advice on how to describe your project, set up a budget and financing plan, and what case officers look for.',
        { h2: 'Programme' },
        {
          list: [
            'Overview of relevant grants and loans',
            'From idea to project plan',
            'Budget and own financing',
            'Group work on your own draft applications',
          ],
        },
        'The business office takes part and can answer questions about the municipal development fund.',
      ],
    },
  },
  {
    slug: { nn: 'generasjonsskifte-i-familieverksemda', en: 'succession-in-the-family-business' },
    title: { nn: 'Generasjonsskifte i familieverksemda', en: 'Succession in the family business' },
    provider: 'haukeli-rekneskap',
    topics: ['generasjonsskifte', 'finansiering'],
    format: 'hybrid',
    level: 'intermediate',
    sessions: [
      { daysFromNow: 38, time: '17:00', hours: 3 },
      { daysFromNow: 52, time: '17:00', hours: 3 },
    ],
    location: { nn: 'Edland samfunnshus og på nett', en: 'Edland community hall and online' },
    price: { free: false, amountNok: 2500 },
    language: 'no',
    targetGroup: {
      nn: 'Eigarar som vil overlate verksemda eller garden til neste generasjon, og dei som skal ta over.',
      en: 'Owners who want to hand over their business or farm to the next generation, and those who will take over.',
    },
    signupUrl: 'https://haukeli-rekneskap.example/kurs/generasjonsskifte',
    signupDeadlineDaysFromNow: 31,
    description: {
      nn: [
        'Eit generasjonsskifte handlar om meir enn papir. Kurset tek for seg både dei økonomiske, juridiske og menneskelege sidene ved eit eigarskifte.',
        { h2: 'Tema' },
        {
          list: [
            'Verdivurdering og skattemessige konsekvensar',
            'Overdraging til familie eller sal til tilsette',
            'Kommunikasjon i familien og med tilsette',
            'Tidsplan og sjekkliste',
          ],
        },
        'Ta gjerne med den som skal ta over. Begge kveldane kan følgjast på nett.',
      ],
      en: [
        'Succession is about more than paperwork. The course covers the financial, legal and human sides of a change of ownership.',
        { h2: 'Topics' },
        {
          list: [
            'Valuation and tax consequences',
            'Handing over to family or selling to employees',
            'Communication within the family and with employees',
            'Timeline and checklist',
          ],
        },
        'Feel free to bring the person who will take over. Both evenings can be followed online.',
      ],
    },
  },
  {
    slug: { nn: 'opplevingsdesign-for-reiselivet', en: 'experience-design-for-tourism' },
    title: { nn: 'Opplevingsdesign for reiselivet', en: 'Experience design for tourism' },
    provider: 'fjellhogskulen-rauland',
    topics: ['reiseliv', 'marknadsforing'],
    format: 'classroom',
    level: 'intermediate',
    sessions: [
      { daysFromNow: 45, time: '09:00', hours: 6 },
      { daysFromNow: 46, time: '09:00', hours: 6 },
    ],
    location: { nn: 'Fjellhøgskulen, campus Rauland', en: 'Fjellhøgskulen, Rauland campus' },
    price: { free: false, amountNok: 3900 },
    language: 'no',
    targetGroup: {
      nn: 'Reiselivsverksemder som vil utvikle nye opplevingsprodukt, særleg for lågsesongen.',
      en: 'Tourism businesses that want to develop new experience products, especially for the low season.',
    },
    signupUrl: 'https://fjellhogskulen.example/etterutdanning/opplevingsdesign',
    signupDeadlineDaysFromNow: 32,
    description: {
      nn: [
        'Kva gjer at ein gjest hugsar eit opphald i mange år? Over to dagar jobbar vi med korleis du kan byggje opplevingar rundt lokal kultur, natur og mat.',
        'Kurset vekslar mellom korte forelesingar, døme frå fjellregionane og arbeid med eigne produktidear. Lunsj er inkludert.',
      ],
      en: [
        'What makes a guest remember a stay for years? Over two days we work on how to build experiences around local culture, nature and food.',
        'The course alternates between short lectures, examples from mountain regions and work on your own product ideas. Lunch is included.',
      ],
    },
  },
  {
    slug: { nn: 'eksportklar-forste-steg-ut-i-europa', en: 'export-ready-first-steps-into-europe' },
    title: {
      nn: 'Eksportklar: første steg ut i Europa',
      en: 'Export ready: first steps into Europe',
    },
    provider: 'vest-telemark-fylkeskommune',
    topics: ['eksport'],
    format: 'hybrid',
    level: 'intermediate',
    sessions: [
      { daysFromNow: 60, time: '10:00', hours: 5 },
      { daysFromNow: 74, time: '10:00', hours: 5 },
      { daysFromNow: 88, time: '10:00', hours: 5 },
    ],
    location: { nn: 'Fylkeshuset og på nett', en: 'County hall and online' },
    price: { free: true },
    language: 'no',
    targetGroup: {
      nn: 'Verksemder med eit produkt som sel godt i Noreg, og som vurderer kundar i andre europeiske land.',
      en: 'Businesses with a product that sells well in Norway and who are considering customers in other European countries.',
    },
    // Three sessions and two hours of individual guidance between them.
    workload: { hours: 17, per: 'total' },
    signupUrl: 'https://vest-telemark-fylke.example/eksportklar',
    signupDeadlineDaysFromNow: 50,
    description: {
      nn: [
        'Eksportklar er eit program i tre samlingar for verksemder som vil teste ut ein ny marknad utan å ta for stor risiko.',
        { h2: 'Samlingane' },
        {
          list: [
            'Marknadsval og marknadsinnsikt',
            'Tollreglar, dokumentasjon og prising',
            'Sal, agentar og messer',
          ],
        },
        'Mellom samlingane får kvar deltakar to timar individuell rettleiing.',
      ],
      en: [
        'Export Ready is a programme of three sessions for businesses that want to test a new market without taking too much risk.',
        { h2: 'The sessions' },
        {
          list: [
            'Choosing a market and market insight',
            'Customs rules, documentation and pricing',
            'Sales, agents and trade fairs',
          ],
        },
        'Between sessions, each participant gets two hours of individual guidance.',
      ],
    },
  },
  {
    slug: { nn: 'engelsk-for-vertskap-i-reiselivet', en: 'english-for-tourism-hosts' },
    title: { nn: 'Engelsk for vertskap i reiselivet', en: 'English for tourism hosts' },
    provider: 'fjellhogskulen-rauland',
    topics: ['reiseliv', 'rekruttering'],
    format: 'online',
    level: 'beginner',
    sessions: [
      { daysFromNow: 68, time: '19:00', hours: 1.5 },
      { daysFromNow: 75, time: '19:00', hours: 1.5 },
      { daysFromNow: 82, time: '19:00', hours: 1.5 },
    ],
    location: { nn: 'Nettkurs', en: 'Online' },
    price: { free: false, amountNok: 1200 },
    language: 'en',
    targetGroup: {
      nn: 'Tilsette i resepsjon, servering og utleige som møter utanlandske gjester.',
      en: 'Staff in reception, food service and rentals who meet international guests.',
    },
    workload: { hours: 1.5, per: 'week', weeks: 3 },
    signupUrl: 'https://fjellhogskulen.example/etterutdanning/english-for-hosts',
    signupDeadlineDaysFromNow: 61,
    description: {
      nn: [
        'Kurset blir halde på engelsk og gjev tryggleik i dei vanlegaste situasjonane: innsjekking, spørsmål om turar og vêr, klager og sal av tilleggstenester.',
        'Tre korte kveldsøkter med rollespel i små grupper.',
      ],
      en: [
        'The course is taught in English and builds confidence in the most common situations: check-in, questions about trips and weather, complaints and selling extra services.',
        'Three short evening sessions with role play in small groups.',
      ],
    },
  },
  {
    slug: { nn: 'lokalmat-fra-stolen-til-marknaden', en: 'local-food-from-summer-farm-to-market' },
    title: { nn: 'Lokalmat frå stølen til marknaden', en: 'Local food from summer farm to market' },
    provider: 'regionalt-verkemiddelkontor',
    topics: ['landbruk', 'marknadsforing'],
    format: 'classroom',
    level: 'beginner',
    sessions: [{ daysFromNow: 95, time: '10:00', hours: 5 }],
    location: { nn: 'Raulandshuset, Rauland', en: 'Raulandshuset, Rauland' },
    price: { free: true },
    language: 'no',
    targetGroup: {
      nn: 'Gardbrukarar og stølsdrivarar som vil vidareforedle og selje eigne produkt.',
      en: 'Farmers and summer-farm operators who want to process and sell their own products.',
    },
    signupUrl: 'https://verkemiddelkontor.example/kurs/lokalmat-rauland',
    signupDeadlineDaysFromNow: 85,
    description: {
      nn: [
        'Kurset gjev ei innføring i korleis du går frå råvare til ferdig produkt: krav frå Mattilsynet, merking, prising og salskanalar.',
        { h2: 'Innhald' },
        {
          list: [
            'Regelverk for småskala matproduksjon',
            'Pakking og merking',
            'Gardsutsal, REKO-ring og daglegvarehandel',
            'Tilskot til vidareforedling',
          ],
        },
        'Vi avsluttar med smaking av produkt frå lokale produsentar.',
      ],
      en: [
        'The course gives an introduction to going from raw ingredient to finished product: food safety requirements, labelling, pricing and sales channels.',
        { h2: 'Contents' },
        {
          list: [
            'Rules for small-scale food production',
            'Packaging and labelling',
            'Farm shops, local food networks and grocery retail',
            'Grants for food processing',
          ],
        },
        'We finish with a tasting of products from local producers.',
      ],
    },
  },
  {
    slug: { nn: 'rekruttering-for-sma-verksemder', en: 'recruitment-for-small-businesses' },
    title: { nn: 'Rekruttering for små verksemder', en: 'Recruitment for small businesses' },
    provider: 'vest-telemark-fylkeskommune',
    topics: ['rekruttering'],
    format: 'online',
    level: 'beginner',
    sessions: [
      { daysFromNow: 130, time: '12:00', hours: 1.5 },
      { daysFromNow: 137, time: '12:00', hours: 1.5 },
    ],
    location: { nn: 'Nettkurs', en: 'Online' },
    price: { free: true },
    language: 'no',
    targetGroup: {
      nn: 'Leiarar i verksemder med færre enn 20 tilsette som skal tilsetje i løpet av året.',
      en: 'Managers in businesses with fewer than 20 employees who are planning to hire during the year.',
    },
    signupUrl: 'https://vest-telemark-fylke.example/kurs/rekruttering',
    signupDeadlineDaysFromNow: 123,
    description: {
      nn: [
        'Korleis konkurrerer ei lita verksemd i bygda om dei beste kandidatane? To lunsjmøte på nett med konkrete verktøy for stillingsannonsar, intervju og introduksjon av nye tilsette.',
        'Vi ser også på korleis du kan bruke lærlingar, sommarjobbar og heimflyttarar som rekrutteringskanal.',
      ],
      en: [
        'How can a small rural business compete for the best candidates? Two online lunch sessions with concrete tools for job ads, interviews and onboarding new employees.',
        'We also look at how to use apprentices, summer jobs and people moving home as recruitment channels.',
      ],
    },
  },
  {
    slug: {
      nn: 'kunstig-intelligens-i-kvardagen-for-smabedrifter',
      en: 'everyday-ai-for-small-businesses',
    },
    title: {
      nn: 'Kunstig intelligens i kvardagen for småbedrifter',
      en: 'Everyday AI for small businesses',
    },
    provider: 'fjellnett-digital',
    topics: ['digitalisering'],
    format: 'classroom',
    level: 'beginner',
    sessions: [{ daysFromNow: -40, time: '18:00', hours: 3 }],
    location: { nn: 'Vinje kommunehus, Åmot', en: 'Vinje Town Hall, Åmot' },
    price: { free: false, amountNok: 990 },
    language: 'no',
    targetGroup: {
      nn: 'Alle som driv ei lita verksemd og er nysgjerrige på KI-verktøy.',
      en: 'Anyone running a small business who is curious about AI tools.',
    },
    signupUrl: 'https://fjellnett-digital.example/kurs/ki-i-kvardagen',
    signupDeadlineDaysFromNow: -47,
    description: {
      nn: [
        'Ein praktisk kveld om korleis KI-verktøy kan hjelpe med tekst, e-post, tilbod og enkel analyse – og kva du bør vere varsam med når det gjeld personvern og forretningsløyndomar.',
        'Kurset var fullteikna. Ta kontakt med næringskontoret om du ønskjer at vi set opp ein ny runde.',
      ],
      en: [
        'A practical evening on how AI tools can help with text, email, quotes and simple analysis – and what to be careful about regarding privacy and trade secrets.',
        'The course was fully booked. Contact the business office if you would like us to arrange another round.',
      ],
    },
  },
  {
    slug: {
      nn: 'rekneskap-og-meirverdiavgift-for-nye-grundarar',
      en: 'accounting-and-vat-for-new-entrepreneurs',
    },
    title: {
      nn: 'Rekneskap og meirverdiavgift for nye gründarar',
      en: 'Accounting and VAT for new entrepreneurs',
    },
    provider: 'haukeli-rekneskap',
    topics: ['finansiering'],
    format: 'online',
    level: 'beginner',
    sessions: [
      { daysFromNow: -75, time: '18:00', hours: 2 },
      { daysFromNow: -68, time: '18:00', hours: 2 },
    ],
    location: { nn: 'Nettkurs', en: 'Online' },
    price: { free: true },
    language: 'no',
    targetGroup: {
      nn: 'Deg som nyleg har starta eller snart skal starte eiga verksemd.',
      en: 'People who have recently started, or are about to start, their own business.',
    },
    signupUrl: 'https://haukeli-rekneskap.example/kurs/nye-grundarar',
    signupDeadlineDaysFromNow: -80,
    description: {
      nn: [
        'To kveldar om det du må ha kontroll på det første året: bilag, fakturering, registrering i Meirverdiavgiftsregisteret, skattemelding og forskotsskatt.',
        {
          list: [
            'Enkeltpersonføretak eller aksjeselskap?',
            'Kva er frådragsrett?',
            'Fristar du ikkje må gløyme',
          ],
        },
        'Kurset var gratis takka vere støtte frå næringskontoret.',
      ],
      en: [
        'Two evenings on what you need to have under control in your first year: receipts, invoicing, VAT registration, tax returns and advance tax.',
        {
          list: [
            'Sole proprietorship or limited company?',
            'What can you deduct?',
            'Deadlines you must not forget',
          ],
        },
        'The course was free thanks to support from the business office.',
      ],
    },
  },
  {
    slug: { nn: 'hms-kurs-for-dagleg-leiar', en: 'hse-course-for-managers' },
    title: { nn: 'HMS-kurs for dagleg leiar', en: 'HSE course for managers' },
    provider: 'laeringsloftet',
    topics: ['hms'],
    format: 'self-paced',
    level: 'beginner',
    sessions: [],
    location: { nn: 'Nettkurs i eige tempo', en: 'Online, self-paced' },
    price: { free: false, amountNok: 2200 },
    language: 'no',
    targetGroup: {
      nn: 'Dagleg leiarar og andre som har arbeidsgjevaransvar.',
      en: 'Managing directors and others with employer responsibility.',
    },
    workload: { hours: 15, per: 'total' },
    signupUrl: 'https://laeringsloftet.example/kurs/hms-dagleg-leiar',
    signupDeadlineDaysFromNow: null,
    description: {
      nn: [
        'Arbeidsmiljølova krev at arbeidsgjevar skal gjennomgå opplæring i helse-, miljø- og tryggleiksarbeid. Dette nettkurset dekkjer krava og tek om lag 15 timar.',
        { h2: 'Innhald' },
        {
          list: [
            'Lovverk og ansvar',
            'Risikovurdering og handlingsplanar',
            'Verneombod og arbeidsmiljøutval',
            'Sjukefråvær og tilrettelegging',
          ],
        },
        'Du får kursbevis når alle modulane og den avsluttande testen er fullførte. Verksemder i Vinje får rabatt gjennom næringskontoret.',
      ],
      en: [
        'The Working Environment Act requires employers to complete training in health, safety and environment work. This online course covers the requirements and takes about 15 hours.',
        { h2: 'Contents' },
        {
          list: [
            'Legislation and responsibility',
            'Risk assessment and action plans',
            'Safety representatives and working environment committees',
            'Sick leave and workplace adjustments',
          ],
        },
        'You receive a certificate when all modules and the final test are completed. Businesses in Vinje get a discount through the business office.',
      ],
    },
  },
  {
    slug: {
      nn: 'sosiale-medium-for-reiselivsverksemder',
      en: 'social-media-for-tourism-businesses',
    },
    title: {
      nn: 'Sosiale medium for reiselivsverksemder',
      en: 'Social media for tourism businesses',
    },
    provider: 'laeringsloftet',
    topics: ['marknadsforing', 'reiseliv'],
    format: 'online',
    level: 'intermediate',
    sessions: [{ daysFromNow: 110, time: '13:00', hours: 2 }],
    location: { nn: 'Nettkurs', en: 'Online' },
    price: { free: false, amountNok: 800 },
    language: 'no',
    targetGroup: {
      nn: 'Reiselivsverksemder som allereie er på sosiale medium og vil få meir ut av innsatsen.',
      en: 'Tourism businesses already on social media that want to get more out of their efforts.',
    },
    signupUrl: 'https://laeringsloftet.example/kurs/some-reiseliv',
    signupDeadlineDaysFromNow: 100,
    description: {
      nn: [
        'Innhaldsplan, bilete og korte videoar som får gjestene til å dele. Programmet er under arbeid.',
      ],
      en: [
        'Content plans, photos and short videos that make guests share. The programme is being finalised.',
      ],
    },
    draft: true,
  },
] satisfies SeedCourse[]
