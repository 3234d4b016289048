import type { SeedArticle } from './types'

export const articles = [
  {
    slug: {
      nn: 'nytt-utviklingsfond-for-bygdenaeringar-opnar-for-soknader',
      en: 'new-rural-development-fund-opens-for-applications',
    },
    title: {
      nn: 'Nytt utviklingsfond for bygdenæringar opnar for søknader',
      en: 'New rural development fund opens for applications',
    },
    excerpt: {
      nn: 'Vinje kommune opnar eit nytt fond for verksemder som vil skape arbeidsplassar, utvikle nye produkt eller ta i bruk ny teknologi. Her er det du treng å vite før du søkjer.',
      en: 'Vinje municipality is opening a new fund for businesses that want to create jobs, develop new products or adopt new technology. Here is what you need to know before you apply.',
    },
    body: {
      nn: [
        'Vinje kommune opnar no eit nytt utviklingsfond for bygdenæringar. Fondet skal gje drahjelp til verksemder som vil skape nye arbeidsplassar, utvikle nye produkt eller ta i bruk ny teknologi i bygdene våre.',
        { h2: 'Kven kan søkje?' },
        {
          list: [
            'Verksemder med forretningsadresse i Vinje kommune',
            'Gründarar som vil etablere seg i kommunen',
            'Gardsbruk med tilleggsnæring, til dømes gardsutsal, stølsturisme eller vidareforedling',
          ],
        },
        'Det kan søkjast om tilskot på inntil 50 prosent av godkjende kostnader, avgrensa til 150 000 kroner per prosjekt. Søknadene blir handsama fortløpande så lenge det er midlar att i fondet.',
        'Ta gjerne kontakt med næringskontoret før du søkjer. Vi hjelper deg med å spisse prosjektet og setje opp eit realistisk budsjett.',
      ],
      en: [
        'Vinje municipality is now opening a new development fund for rural businesses. The fund will give a helping hand to businesses that want to create new jobs, develop new products or adopt new technology in our villages.',
        { h2: 'Who can apply?' },
        {
          list: [
            'Businesses with a registered address in Vinje municipality',
            'Entrepreneurs who want to set up in the municipality',
            'Farms with additional businesses, such as farm shops, summer-farm tourism or food processing',
          ],
        },
        'You can apply for a grant of up to 50 per cent of approved costs, limited to NOK 150,000 per project. Applications are processed on a rolling basis as long as there is money left in the fund.',
        'Feel free to contact the business office before you apply. We will help you sharpen the project and set up a realistic budget.',
      ],
    },
    topics: ['finansiering', 'landbruk'],
    daysAgo: 3,
    author: 'ingrid.haugland@vinje.example',
    image: 'mountains',
  },
  {
    slug: {
      nn: 'naeringslivsdagen-i-vinje-samla-over-120-deltakarar',
      en: 'business-day-in-vinje-gathered-more-than-120-participants',
    },
    title: {
      nn: 'Næringslivsdagen i Vinje samla over 120 deltakarar',
      en: 'Business Day in Vinje gathered more than 120 participants',
    },
    excerpt: {
      nn: 'Rekruttering, digitalisering og generasjonsskifte stod på programmet då næringslivet i Vinje møttest til årets store samling. Her er høgdepunkta.',
      en: 'Recruitment, digitalisation and succession were on the agenda when the Vinje business community met for this year’s big gathering. Here are the highlights.',
    },
    body: {
      nn: [
        'Over 120 deltakarar frå heile kommunen fann vegen til Næringslivsdagen i Vinje. Det var rekordoppmøte, og praten gjekk livleg både i salen og i pausane.',
        { h2: 'Dette tok vi med oss' },
        {
          list: [
            'Fleire verksemder vil samarbeide om felles lærlingplassar',
            'Digitalisering sparar tid, men krev at nokon i verksemda eig prosessen',
            'Mange eigarar ønskjer hjelp til å planleggje generasjonsskifte tidlegare',
          ],
        },
        'Næringssjef Ingrid Haugland takka alle som bidrog: – Det er imponerande kor mykje kunnskap vi har i eige nabolag. No skal vi følgje opp innspela konkret.',
        'Presentasjonane frå dagen kan du få tilsendt ved å kontakte næringskontoret.',
      ],
      en: [
        'More than 120 participants from across the municipality came to the Business Day in Vinje. It was a record turnout, and conversation flowed both in the hall and during the breaks.',
        { h2: 'Key takeaways' },
        {
          list: [
            'Several businesses want to cooperate on shared apprenticeships',
            'Digitalisation saves time, but someone in the business has to own the process',
            'Many owners want help to plan succession earlier',
          ],
        },
        'Head of business development Ingrid Haugland thanked everyone who contributed: “It is impressive how much knowledge we have right on our doorstep. Now we will follow up the input in concrete terms.”',
        'Contact the business office if you would like to receive the presentations from the day.',
      ],
    },
    topics: ['rekruttering', 'digitalisering', 'generasjonsskifte'],
    daysAgo: 22,
    author: 'marte.lie@vinje.example',
    image: 'meeting',
  },
  {
    slug: {
      nn: 'fra-permar-til-skya-slik-digitaliserte-haukeli-royr-og-varme-drifta',
      en: 'from-binders-to-the-cloud-how-haukeli-royr-og-varme-went-digital',
    },
    title: {
      nn: 'Frå permar til skya: slik digitaliserte Haukeli Røyr og Varme drifta',
      en: 'From binders to the cloud: how Haukeli Røyr og Varme went digital',
    },
    excerpt: {
      nn: 'For to år sidan gjekk timelister og arbeidsordrar på papir. I dag har røyrleggarbedrifta på Edland full oversikt på mobilen – og sparar fleire timar i veka.',
      en: 'Two years ago, timesheets and work orders were on paper. Today the plumbing firm in Edland has a full overview on their phones – and saves several hours a week.',
    },
    body: {
      nn: [
        'Hos Haukeli Røyr og Varme AS låg arbeidsordrane i permar på kontoret, og timelistene kom inn på lappar kvar fredag. – Vi brukte altfor mykje tid på å leite etter papir, seier dagleg leiar Knut Olav Haugen.',
        { h2: 'Små steg, stor effekt' },
        'Saman med næringskontoret kartla bedrifta arbeidsflyten og valde eit fagsystem for ordre og timeføring. Montørane fekk opplæring éin etter éin, og papirpermane vart fasa ut i løpet av eit halvt år.',
        {
          list: [
            'Timeføring direkte på mobilen',
            'Bilete og dokumentasjon lagra på kvar jobb',
            'Fakturaen går ut same dag som jobben er ferdig',
          ],
        },
        'Resultatet er raskare fakturering, færre gløymde timar og ein kvardag med mindre stress. Bedrifta har no fått hjelp til neste steg: integrasjon mot rekneskapssystemet.',
      ],
      en: [
        'At Haukeli Røyr og Varme AS, work orders were kept in binders at the office, and timesheets came in on scraps of paper every Friday. “We spent far too much time looking for paperwork,” says managing director Knut Olav Haugen.',
        { h2: 'Small steps, big impact' },
        'Together with the business office, the company mapped its workflow and chose a trade system for orders and time tracking. The fitters were trained one by one, and the binders were phased out over six months.',
        {
          list: [
            'Time tracking directly on the phone',
            'Photos and documentation stored with each job',
            'The invoice goes out the same day the job is finished',
          ],
        },
        'The result is faster invoicing, fewer forgotten hours and less stress in everyday work. The company is now getting help with the next step: integration with the accounting system.',
      ],
    },
    topics: ['digitalisering'],
    daysAgo: 35,
    author: 'torbjorn.nordbo@vinje.example',
    image: 'workshop',
  },
  {
    slug: {
      nn: 'generasjonsskifte-start-planlegginga-fem-ar-for',
      en: 'business-succession-start-planning-five-years-ahead',
    },
    title: {
      nn: 'Generasjonsskifte: start planlegginga fem år før',
      en: 'Business succession: start planning five years ahead',
    },
    excerpt: {
      nn: 'Mange verksemder i Vinje får nye eigarar dei neste ti åra. Dei som lukkast, startar tidleg. Her er næringskontoret sine beste råd.',
      en: 'Many businesses in Vinje will get new owners over the next ten years. Those who succeed start early. Here is the business office’s best advice.',
    },
    body: {
      nn: [
        'Ein stor del av eigarane i det lokale næringslivet er over 60 år. Det betyr at mange verksemder står framfor eit generasjonsskifte – anten til familie, tilsette eller nye eigarar utanfrå.',
        { h2: 'Fem råd' },
        {
          list: [
            'Start samtalen tidleg, helst fem år før',
            'Få ei nøktern verdivurdering',
            'Avklar skattemessige konsekvensar med rekneskapsførar',
            'Lag ein plan for overføring av kundar og kunnskap',
            'Snakk ope med tilsette om planane',
          ],
        },
        'Næringskontoret kan hjelpe deg med å lage ein plan og setje deg i kontakt med rådgjevarar og aktuelle kjøparar. Samtalen er gratis og konfidensiell.',
      ],
      en: [
        'A large share of local business owners are over 60. This means that many businesses face a succession – to family, employees or new owners from outside.',
        { h2: 'Five tips' },
        {
          list: [
            'Start the conversation early, preferably five years ahead',
            'Get a sober valuation',
            'Clarify tax consequences with your accountant',
            'Make a plan for transferring customers and know-how',
            'Talk openly with employees about the plans',
          ],
        },
        'The business office can help you make a plan and put you in touch with advisers and potential buyers. The conversation is free and confidential.',
      ],
    },
    topics: ['generasjonsskifte', 'finansiering'],
    daysAgo: 48,
    author: 'ingrid.haugland@vinje.example',
    image: 'office',
  },
  {
    slug: {
      nn: 'reiselivet-rustar-seg-til-ein-travel-vintersesong',
      en: 'tourism-businesses-gear-up-for-a-busy-winter-season',
    },
    title: {
      nn: 'Reiselivet rustar seg til ein travel vintersesong',
      en: 'Tourism businesses gear up for a busy winter season',
    },
    excerpt: {
      nn: 'Skisentera køyrer snøproduksjon, hyttene er godt booka i jula, og fleire verksemder har tilsett sesongarbeidarar. Vi har snakka med reiselivet i Vinje.',
      en: 'The ski resorts are making snow, the cabins are well booked for Christmas, and several businesses have hired seasonal staff. We talked to the tourism industry in Vinje.',
    },
    body: {
      nn: [
        'Med kulde i lufta og snøkanonane i gang er reiselivet i Vinje klart for vinteren. Bookingane for jul og vinterferie ligg på nivå med i fjor, og fleire melder om auka interesse frå utanlandske gjester.',
        { h2: 'Utfordringar' },
        'Det er framleis krevjande å finne nok folk til kjøkken og reinhald. Fleire verksemder samarbeider no om bustader for sesongtilsette.',
        'Næringskontoret minner om at det er opent for søknader til utviklingsfondet, også for reiselivsprosjekt som kan forlenge sesongen.',
      ],
      en: [
        'With cold air and the snow cannons running, tourism in Vinje is ready for winter. Bookings for Christmas and the winter holidays are at last year’s level, and several businesses report increased interest from international guests.',
        { h2: 'Challenges' },
        'It is still difficult to find enough people for kitchens and cleaning. Several businesses are now cooperating on housing for seasonal staff.',
        'The business office reminds you that the development fund is open for applications, including tourism projects that can extend the season.',
      ],
    },
    topics: ['reiseliv'],
    daysAgo: 9,
    author: 'sigrid.kleivi@vinje.example',
    image: 'ski',
  },
  {
    slug: {
      nn: 'fleire-hytter-og-gardar-far-fiber',
      en: 'more-cabins-and-farms-are-getting-fibre-broadband',
    },
    title: {
      nn: 'Fleire hytter og gardar får fiber',
      en: 'More cabins and farms are getting fibre broadband',
    },
    excerpt: {
      nn: 'Ny utbygging gjev raskt breiband til fleire hundre hytter og gardsbruk i Vinje. Det opnar for fjernarbeid og nye tenester i heile kommunen.',
      en: 'New roll-out brings fast broadband to several hundred cabins and farms in Vinje. It opens up remote work and new services across the municipality.',
    },
    body: {
      nn: [
        'Utbygginga av fiber held fram, og i år får fleire hundre nye husstandar, hytter og gardsbruk tilbod om raskt breiband. Prosjektet er finansiert med støtte frå den nasjonale breibandsordninga og kommunen.',
        { h2: 'Kva betyr det for næringslivet?' },
        {
          list: [
            'Hytteeigarar kan jobbe frå hytta over lengre periodar',
            'Gardsbruk kan ta i bruk sensorar og digital drift',
            'Nye verksemder kan etablere seg utanfor sentrum',
          ],
        },
        'Sjå utbyggingskartet på kommunen sine nettsider, eller kontakt næringskontoret om du har spørsmål om tilknyting for verksemda di.',
      ],
      en: [
        'The fibre roll-out continues, and this year several hundred more households, cabins and farms will be offered fast broadband. The project is funded with support from the national broadband scheme and the municipality.',
        { h2: 'What does it mean for businesses?' },
        {
          list: [
            'Cabin owners can work from the cabin for longer periods',
            'Farms can adopt sensors and digital operations',
            'New businesses can set up outside the village centres',
          ],
        },
        'See the roll-out map on the municipality’s website, or contact the business office if you have questions about connecting your business.',
      ],
    },
    topics: ['digitalisering'],
    daysAgo: 62,
    author: 'torbjorn.nordbo@vinje.example',
    image: 'mountains',
  },
  {
    slug: {
      nn: 'hms-i-sma-verksemder-dette-krev-lova-av-deg-som-arbeidsgjevar',
      en: 'hse-in-small-businesses-what-the-law-requires-of-employers',
    },
    title: {
      nn: 'HMS i små verksemder: dette krev lova av deg som arbeidsgjevar',
      en: 'HSE in small businesses: what the law requires of employers',
    },
    excerpt: {
      nn: 'Også verksemder med éin eller to tilsette må ha orden på HMS. Her er ei kort oversikt over dei viktigaste krava og kvar du kan få hjelp.',
      en: 'Even businesses with one or two employees must have their HSE in order. Here is a short overview of the most important requirements and where to get help.',
    },
    body: {
      nn: [
        'Har du tilsette, har du ansvar for helse, miljø og tryggleik. Krava gjeld uansett storleik, men kan tilpassast risikoen og kor mange som jobbar i verksemda.',
        { h2: 'Dei viktigaste krava' },
        {
          list: [
            'Kartlegg farar og gjer ei risikovurdering',
            'Lag ein plan for tiltak og følg han opp',
            'Dagleg leiar skal ha gjennomført HMS-opplæring',
            'Verksemder med minst ti tilsette skal ha verneombod',
            'Enkelte bransjar, mellom anna bygg og anlegg, skal vere knytte til godkjend bedriftshelseteneste',
          ],
        },
        'Næringskontoret har avtale om rabatt på eit nettbasert HMS-kurs for dagleg leiar. Ta kontakt, så sender vi deg lenkje og rabattkode.',
      ],
      en: [
        'If you have employees, you are responsible for health, safety and environment. The requirements apply regardless of size, but can be adapted to the risks and the number of people working in the business.',
        { h2: 'The most important requirements' },
        {
          list: [
            'Identify hazards and carry out a risk assessment',
            'Make an action plan and follow it up',
            'The managing director must have completed HSE training',
            'Businesses with at least ten employees must have a safety representative',
            'Certain industries, including construction, must be affiliated with an approved occupational health service',
          ],
        },
        'The business office has agreed a discount on an online HSE course for managers. Get in touch and we will send you the link and discount code.',
      ],
    },
    topics: ['hms'],
    daysAgo: 80,
    author: 'torbjorn.nordbo@vinje.example',
    image: 'workshop',
  },
  {
    slug: {
      nn: 'vil-lokke-unge-vinjebuar-heim-att',
      en: 'tempting-young-people-back-home-to-vinje',
    },
    title: {
      nn: 'Vil lokke unge vinjebuar heim att',
      en: 'Tempting young people back home to Vinje',
    },
    excerpt: {
      nn: 'Sommarjobbar, studentoppgåver og ein eigen heimflyttarkveld skal få fleire unge med utdanning til å flytte heim. Næringslivet er med på laget.',
      en: 'Summer jobs, student projects and a dedicated evening for people moving home aim to bring more young graduates back. Local businesses are on board.',
    },
    body: {
      nn: [
        'Mange unge vinjebuar flyttar ut for å ta utdanning – og altfor få kjem tilbake. No går kommunen og næringslivet saman om ei satsing for å vise fram kva jobbar som faktisk finst i bygda.',
        { h2: 'Tiltaka' },
        {
          list: [
            'Formidling av sommarjobbar for studentar',
            'Bachelor- og masteroppgåver i samarbeid med lokale verksemder',
            'Heimflyttarkveld i romjula med jobbtorg',
          ],
        },
        'Verksemder som ønskjer å vere med, kan melde seg til næringskontoret. Det kostar ingenting å delta.',
      ],
      en: [
        'Many young people from Vinje move away to study – and far too few come back. Now the municipality and local businesses are joining forces to show what jobs actually exist here.',
        { h2: 'The measures' },
        {
          list: [
            'Summer jobs for students',
            'Bachelor’s and master’s theses in cooperation with local businesses',
            'A “moving home” evening with a job fair between Christmas and New Year',
          ],
        },
        'Businesses that want to take part can sign up with the business office. Participation is free.',
      ],
    },
    topics: ['rekruttering'],
    daysAgo: 95,
    author: 'marte.lie@vinje.example',
    image: 'meeting',
  },
  {
    slug: {
      nn: 'stolsdrift-og-lokalmat-ny-satsing-i-rauland',
      en: 'summer-farming-and-local-food-new-initiative-in-rauland',
    },
    title: {
      nn: 'Stølsdrift og lokalmat: ny satsing i Rauland',
      en: 'Summer farming and local food: new initiative in Rauland',
    },
    excerpt: {
      nn: 'Fem gardsbruk går saman om å selje stølsprodukt og tilby stølsbesøk for turistar. Målet er å halde liv i stølane og skape nye inntekter.',
      en: 'Five farms are joining forces to sell summer-farm products and offer visits for tourists. The goal is to keep the summer farms alive and create new income.',
    },
    body: {
      nn: [
        'Stølsdrifta har lange tradisjonar i Vinje, men færre stølar er i drift enn før. No har fem gardsbruk i Rauland starta eit samarbeid om felles sal av rømme, smør og ost – og om opplevingar for tilreisande.',
        { h2: 'Stølsdag kvar veke' },
        'Kvar onsdag i sommarsesongen kan turistar besøkje ein av stølane, smake på produkta og lære om tradisjonane. Produkta blir også selde gjennom lokale butikkar og på nett.',
        'Prosjektet har fått støtte frå det kommunale utviklingsfondet og frå regionale landbruksmidlar.',
      ],
      en: [
        'Summer mountain farming has long traditions in Vinje, but fewer summer farms are in operation than before. Now five farms in Rauland have started cooperating on joint sales of sour cream, butter and cheese – and on experiences for visitors.',
        { h2: 'Summer farm day every week' },
        'Every Wednesday in the summer season, tourists can visit one of the summer farms, taste the products and learn about the traditions. The products are also sold through local shops and online.',
        'The project has received support from the municipal development fund and from regional agricultural funding.',
      ],
    },
    topics: ['landbruk', 'reiseliv'],
    daysAgo: 130,
    author: 'sigrid.kleivi@vinje.example',
    image: 'farm',
  },
  {
    slug: {
      nn: 'liten-verksemd-stor-marknad-hytter-fra-vinje-til-tyskland',
      en: 'small-company-big-market-cabins-from-vinje-to-germany',
    },
    title: {
      nn: 'Liten verksemd, stor marknad: hytter frå Vinje til Tyskland',
      en: 'Small company, big market: cabins from Vinje to Germany',
    },
    excerpt: {
      nn: 'Rauland Hyttebygg har levert dei første ferdighyttene til kundar i Tyskland. Eksportsatsinga starta med ein messetur og ein telefon til næringskontoret.',
      en: 'Rauland Hyttebygg has delivered its first prefabricated cabins to customers in Germany. The export push started with a trade fair visit and a call to the business office.',
    },
    body: {
      nn: [
        'Rauland Hyttebygg AS har i mange år levert monteringsferdige hytter til kundar i Sør-Noreg. I fjor tok bedrifta steget ut i Europa, og no står dei tre første hyttene ferdige i Bayern.',
        { h2: 'Dette lærte dei' },
        {
          list: [
            'Tyske kundar spør mykje om energikrav og dokumentasjon',
            'Ein lokal partnar på montasjestaden er gull verdt',
            'Eksportrådgjeving frå verkemiddelapparatet sparte mykje tid',
          ],
        },
        'Bedrifta reknar med at eksport kan utgjere ein firedel av omsetnaden innan fem år, og har tilsett to nye i produksjonen.',
      ],
      en: [
        'For many years Rauland Hyttebygg AS has delivered prefabricated cabins to customers in southern Norway. Last year the company took the step into Europe, and now the first three cabins stand finished in Bavaria.',
        { h2: 'What they learned' },
        {
          list: [
            'German customers ask a lot about energy requirements and documentation',
            'A local partner at the assembly site is worth its weight in gold',
            'Export advice from the public support system saved a lot of time',
          ],
        },
        'The company expects exports to make up a quarter of its turnover within five years, and has hired two new people in production.',
      ],
    },
    topics: ['eksport'],
    daysAgo: 150,
    author: 'torbjorn.nordbo@vinje.example',
    image: 'workshop',
  },
  {
    slug: {
      nn: 'marknadsforing-med-lite-budsjett-fem-rad',
      en: 'marketing-on-a-small-budget-five-tips',
    },
    title: {
      nn: 'Marknadsføring med lite budsjett: fem råd',
      en: 'Marketing on a small budget: five tips',
    },
    excerpt: {
      nn: 'Du treng ikkje store summar for å bli synleg. Med litt planlegging kan også små verksemder nå fleire kundar på nett og i bygda.',
      en: 'You do not need large sums to be visible. With a little planning, small businesses can also reach more customers online and locally.',
    },
    body: {
      nn: [
        'Marknadsføring handlar om å vere synleg for dei rette kundane, på rett tid. For mange små verksemder er det tida, ikkje pengane, som er den største utfordringa.',
        { h2: 'Fem råd frå næringskontoret' },
        {
          list: [
            'Hald Google-oppføringa og opningstidene oppdaterte',
            'Vel éin eller to kanalar i sosiale medium og ver jamn',
            'Bruk kundane: be om omtalar og del bilete dei tek',
            'Samarbeid med andre lokale verksemder om pakkar og tilbod',
            'Mål kva som faktisk gjev kundar',
          ],
        },
        'Vil du ha hjelp til å lage ein enkel marknadsplan? Book ein gratis time hos ein av rådgjevarane våre.',
      ],
      en: [
        'Marketing is about being visible to the right customers at the right time. For many small businesses, time rather than money is the biggest challenge.',
        { h2: 'Five tips from the business office' },
        {
          list: [
            'Keep your Google listing and opening hours up to date',
            'Choose one or two social media channels and be consistent',
            'Use your customers: ask for reviews and share the photos they take',
            'Cooperate with other local businesses on packages and offers',
            'Measure what actually brings in customers',
          ],
        },
        'Would you like help making a simple marketing plan? Book a free appointment with one of our advisers.',
      ],
    },
    topics: ['marknadsforing', 'digitalisering'],
    daysAgo: 110,
    author: 'marte.lie@vinje.example',
    image: 'office',
  },
  {
    slug: {
      nn: 'drop-in-for-grundarar-kvar-tysdag',
      en: 'drop-in-for-entrepreneurs-every-tuesday',
    },
    title: {
      nn: 'Drop-in for gründarar kvar tysdag',
      en: 'Drop-in for entrepreneurs every Tuesday',
    },
    excerpt: {
      nn: 'Har du ein forretningsidé? Kvar tysdag kan du kome innom næringskontoret utan avtale og få gratis rettleiing om etablering og finansiering.',
      en: 'Do you have a business idea? Every Tuesday you can drop in at the business office without an appointment and get free guidance on starting up and funding.',
    },
    body: {
      nn: [
        'Frå no av held næringskontoret ope for drop-in kvar tysdag mellom klokka 12 og 15 i kommunehuset på Åmot. Du treng ikkje avtale, berre kom innom.',
        { h2: 'Vi kan hjelpe med' },
        {
          list: [
            'Val av selskapsform og registrering',
            'Forretningsplan og budsjett',
            'Aktuelle tilskot og lån',
            'Kontakt med andre gründarar og nettverk',
          ],
        },
        'Passar ikkje tysdagar? Send oss ein e-post, så finn vi ei anna tid.',
      ],
      en: [
        'From now on, the business office holds drop-in hours every Tuesday between 12:00 and 15:00 at the town hall in Åmot. No appointment needed, just drop by.',
        { h2: 'We can help with' },
        {
          list: [
            'Choosing a company form and registration',
            'Business plan and budget',
            'Relevant grants and loans',
            'Contact with other entrepreneurs and networks',
          ],
        },
        'Tuesdays not convenient? Send us an email and we will find another time.',
      ],
    },
    topics: ['finansiering'],
    daysAgo: 170,
    author: 'ingrid.haugland@vinje.example',
    image: 'office',
  },
  {
    slug: {
      nn: 'sommarsesongen-gav-fleire-gjestedogn-enn-i-fjor',
      en: 'summer-season-brought-more-guest-nights-than-last-year',
    },
    title: {
      nn: 'Sommarsesongen gav fleire gjestedøgn enn i fjor',
      en: 'Summer season brought more guest nights than last year',
    },
    excerpt: {
      nn: 'Tilbakemeldingar frå overnattingsverksemdene viser ein god sommar, særleg for hytteutleige og camping. Fotturistar og syklistar trekkjer fleire gjester til Vinje.',
      en: 'Feedback from accommodation providers shows a good summer, especially for cabin rentals and camping. Hikers and cyclists are drawing more guests to Vinje.',
    },
    body: {
      nn: [
        'Ei rundspørjing blant overnattingsverksemdene i kommunen viser at sommaren gav fleire gjestedøgn enn i fjor. Særleg hytteutleige og campingplassar melder om god trafikk.',
        { h2: 'Kva trekkjer gjestene?' },
        {
          list: [
            'Fotturar på Hardangervidda',
            'Sykkelturar og vegturisme langs E134',
            'Lokalmat og kulturarrangement',
          ],
        },
        'Næringskontoret vil i haust samle reiselivet for å drøfte korleis vi kan forlengje sesongen inn i september og oktober.',
      ],
      en: [
        'A survey of accommodation providers in the municipality shows that the summer brought more guest nights than last year. Cabin rentals and campsites in particular report good traffic.',
        { h2: 'What attracts guests?' },
        {
          list: [
            'Hiking on the Hardangervidda plateau',
            'Cycling and road tourism along the E134',
            'Local food and cultural events',
          ],
        },
        'This autumn, the business office will bring the tourism industry together to discuss how we can extend the season into September and October.',
      ],
    },
    topics: ['reiseliv'],
    daysAgo: 185,
    author: 'sigrid.kleivi@vinje.example',
    image: 'mountains',
  },
  {
    slug: {
      nn: 'kompetansetilskot-fa-stotte-til-opplaering-av-tilsette',
      en: 'skills-grant-get-support-to-train-your-employees',
    },
    title: {
      nn: 'Kompetansetilskot: få støtte til opplæring av tilsette',
      en: 'Skills grant: get support to train your employees',
    },
    excerpt: {
      nn: 'Verksemder som står framfor omstilling, kan få tilskot til opplæring av eigne tilsette. Ordninga er særleg aktuell for industri, bygg og reiseliv.',
      en: 'Businesses facing change can get grants to train their own employees. The scheme is especially relevant for industry, construction and tourism.',
    },
    body: {
      nn: [
        'Fylkeskommunen har opna for søknader om tilskot til bedriftsintern opplæring. Ordninga skal hjelpe verksemder som må byggje ny kompetanse for å møte endringar i marknaden eller teknologien.',
        { h2: 'Kva kan det søkjast om?' },
        {
          list: [
            'Kurs og opplæring som er tilpassa verksemda',
            'Ekstern kursleiar eller fagperson',
            'Delvis dekning av lønn medan dei tilsette er på kurs',
          ],
        },
        'Næringskontoret hjelper gjerne med søknaden. Vi anbefaler å ta kontakt i god tid før fristen.',
      ],
      en: [
        'The county authority has opened applications for grants for in-house training. The scheme helps businesses that need new skills to meet changes in the market or in technology.',
        { h2: 'What can you apply for?' },
        {
          list: [
            'Courses and training adapted to your business',
            'An external course leader or specialist',
            'Partial coverage of wages while employees are on the course',
          ],
        },
        'The business office is happy to help with the application. We recommend getting in touch well before the deadline.',
      ],
    },
    topics: ['rekruttering', 'finansiering'],
    daysAgo: 198,
    author: 'torbjorn.nordbo@vinje.example',
    image: 'meeting',
  },
  {
    slug: {
      nn: 'hyttebygging-og-lokale-leverandorar-korleis-vinne-oppdraga',
      en: 'cabin-construction-and-local-suppliers-how-to-win-the-contracts',
    },
    title: {
      nn: 'Hyttebygging og lokale leverandørar: korleis vinne oppdraga?',
      en: 'Cabin construction and local suppliers: how to win the contracts?',
    },
    excerpt: {
      nn: 'Det blir bygd mange hytter i Vinje, men ikkje alle oppdraga går til lokale handverkarar. Kva kan vi gjere for å endre det?',
      en: 'Many cabins are being built in Vinje, but not all the contracts go to local tradespeople. What can we do to change that?',
    },
    body: {
      nn: [
        'Utkast: Hyttebygginga gjev store ringverknader, men mange oppdrag går til entreprenørar utanfrå. Næringskontoret har snakka med utbyggjarar og lokale handverkarar om kva som skal til.',
        { h2: 'Innspel så langt' },
        {
          list: [
            'Lokale verksemder kan gå saman om større anbod',
            'Utbyggjarar ønskjer ei oversikt over lokale leverandørar',
            'Dokumentasjon og HMS må vere på plass',
          ],
        },
        'Artikkelen blir ferdigstilt etter leverandørmøtet.',
      ],
      en: [
        'Draft: Cabin construction has major ripple effects, but many contracts go to contractors from outside. The business office has talked with developers and local tradespeople about what it takes.',
        { h2: 'Input so far' },
        {
          list: [
            'Local businesses can team up to bid for larger contracts',
            'Developers want an overview of local suppliers',
            'Documentation and HSE must be in place',
          ],
        },
        'The article will be finalised after the supplier meeting.',
      ],
    },
    topics: ['marknadsforing', 'hms'],
    daysAgo: 1,
    author: 'marte.lie@vinje.example',
    image: 'workshop',
    draft: true,
  },
] satisfies SeedArticle[]
