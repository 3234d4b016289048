/**
 * The two national downloads of Enhetsregisteret, generated at their real size and shape for
 * bench/import.ts: `enheter_alle.json.gz` (about 1.17 million enheter, ~210 MB gzipped) and
 * `underenheter_alle.json.gz` (about 1.0 million underenheter). Pretty-printed like the real files
 * (two-space indent), with every field real records carry and as varied as real ones (names,
 * addresses, industries, contact fields, activity texts, status dates), so that gzip packs them as
 * tightly as it packs the real ones and the reader has as many bytes to get through.
 *
 * Written as a stream (a record at a time, a few thousand per chunk), never held in memory, and
 * kept in the system temp folder between runs: the files are reused when their parameters match.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { withCheckDigit } from '../cms/fields/orgNumber'

/** Bump when the records' shape changes: cached files of an older shape are made again. */
const SHAPE_VERSION = 3

export interface RegisterFilesOptions {
  enheter: number
  underenheter: number
  /** One record in this many is placed in the municipality. */
  localEvery: number
  kommune: string
}

export interface RegisterFiles {
  enheterFile: string
  underenheterFile: string
  /** Org numbers of generated enheter that are parents of underenheter (for the update feed). */
  parentOf: (i: number) => string
  enhet: (i: number, orgnr: string, local: boolean) => Record<string, unknown>
  underenhet: (i: number, orgnr: string, parent: string, local: boolean) => Record<string, unknown>
  enhetNumber: (i: number) => string
  underenhetNumber: (i: number) => string
  generatedMs: number | null
}

/** A small deterministic generator (mulberry32): the same files every time. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]
  return { next, int, pick, chance: (p: number) => next() < p }
}
type Random = ReturnType<typeof random>

const SURNAMES = `HANSEN JOHANSEN OLSEN LARSEN ANDERSEN PEDERSEN NILSEN KRISTIANSEN JENSEN KARLSEN
JOHNSEN PETTERSEN ERIKSEN BERG HAUGEN HAGEN JOHANNESSEN ANDREASSEN JACOBSEN DAHL JØRGENSEN HALVORSEN
HENRIKSEN LUND SØRENSEN JAKOBSEN MOEN GUNDERSEN IVERSEN STRAND SOLBERG SVENDSEN EIDE KNUTSEN MARTINSEN
PAULSEN BAKKE KRISTOFFERSEN MATHISEN LIE AMUNDSEN NGUYEN RASMUSSEN SOLHEIM BERGE MOE NYGÅRD BAKKEN
KRISTENSEN FREDRIKSEN HOLM LIEN ANDERSSON HAUGE CHRISTENSEN NORDLI TVEIT SKJELBRED FLATLAND KVAMME
NESLAND BJØRGUM TVEITEN HOVDEN MYKLEBUST GRØNDAHL RAULAND TOTLAND HAUKELI ÅMOT KROKEN LONE ØYGARDEN`
  .split(/\s+/)
  .filter(Boolean)
const GIVEN = `KARI OLA ANNE PER INGRID JON MARIT KNUT LIV TOR SIGRID NILS HILDE ARNE RAGNHILD LARS
ASTRID GEIR TONE HANS BERIT TERJE GRO ODD SOLVEIG EIRIK MARIA ANDERS SILJE MAGNUS ANE TORBJØRN`
  .split(/\s+/)
  .filter(Boolean)
const TRADES = `BYGG ANLEGG EIENDOM HOLDING INVEST TRANSPORT REGNSKAP RÅDGIVNING DATA ELEKTRO RØR
MASKIN SERVICE HANDEL FRISØR KONSULT DESIGN MEDIA MONTASJE MALING SNEKKERI GRAVING FJELLSTUE HYTTEUTLEIGE
TAXI VVS TREFELLING LANDBRUK SAGBRUK KAFÉ RESTAURANT HOTELL CAMPING SKISENTER FISKE JAKT OPPLEVING`
  .split(/\s+/)
  .filter(Boolean)
const STREET_STEMS = `Kyrkje Skule Stasjons Fjell Lia Haug Bakke Myr Elve Tjønn Sjø Storgata Nygata
Industri Verkstad Gamle Nordre Søndre Øvre Nedre Kongs Dronning Prestegards Sag Mølle Fossli Bjørke
Furu Gran Lerke Ospe Rogne Hegge Tveit Moen Brekke Strand Vik Nes Berg Dal Rjukan Haukeli Raulands`
  .split(/\s+/)
  .filter(Boolean)
const STREET_ENDS = ['vegen', 'veien', 'gata', 'gate', 'bakken', 'stien', 'tunet', 'lia', 'svingen']
const WORDS = `drift av og utleige utleie rådgjeving rådgivning innan innen handel med sal salg
produksjon transport bygg anlegg eigedom eiendom verksemd virksomhet tenester tjenester kjøp
naturleg naturlig tilknytt tilknyttet aksjar aksjer deltaking deltakelse i andre selskap som
heilt helt delvis reiseliv overnatting servering arrangement kurs opplæring undervisning
landbruk skogbruk jakt fiske tømmer ved hytter bustader boliger fast vedlikehald vedlikehold
reparasjon montering installasjon elektriske anlegg konsulent programvare data nettbutikk
import eksport engros detaljhandel kunst kultur idrett foreining forening medlemmar medlemmer
formål å fremme fremje interesser samarbeid lokalsamfunnet bygda regionen Telemark Vestfold`
  .split(/\s+/)
  .filter(Boolean)
const INDUSTRIES = [
  ['01.110', 'Dyrking av korn unntatt ris, belgvekster og oljeholdige vekster'],
  ['01.410', 'Melkeproduksjon på storfe'],
  ['02.100', 'Skogskjøtsel og andre skogbruksaktiviteter'],
  ['02.200', 'Avvirkning'],
  ['10.130', 'Produksjon av kjøttvarer og kjøttprodukter'],
  ['16.100', 'Saging, høvling og impregnering av tre'],
  ['25.620', 'Bearbeiding av metaller'],
  ['35.111', 'Produksjon av elektrisitet fra vannkraft'],
  ['41.101', 'Boligbyggelag'],
  ['41.109', 'Annen utvikling og salg av eiendom'],
  ['41.200', 'Oppføring av bygninger'],
  ['42.110', 'Bygging av veier og motorveier'],
  ['43.120', 'Grunnarbeid'],
  ['43.210', 'Elektrisk installasjonsarbeid'],
  ['43.221', 'Rørleggerarbeid'],
  ['43.320', 'Snekkerarbeid'],
  ['43.341', 'Malerarbeid'],
  ['45.200', 'Vedlikehold og reparasjon av motorvogner, unntatt motorsykler'],
  ['46.900', 'Uspesifisert engroshandel'],
  ['47.111', 'Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler'],
  ['47.300', 'Detaljhandel med drivstoff til motorvogner'],
  ['47.910', 'Postordrehandel og handel via Internett'],
  ['49.320', 'Drosjebiltransport'],
  ['49.410', 'Godstransport på vei'],
  ['55.101', 'Drift av hoteller, pensjonater og moteller med restaurant'],
  ['55.201', 'Drift av vandrerhjem'],
  ['55.202', 'Drift av ferieleiligheter'],
  ['55.300', 'Drift av campingplasser og turisthytter'],
  ['56.101', 'Drift av restauranter og kafeer'],
  ['62.010', 'Programmeringstjenester'],
  ['62.020', 'Konsulentvirksomhet tilknyttet informasjonsteknologi'],
  ['64.202', 'Holdingselskaper ellers'],
  ['68.100', 'Kjøp og salg av egen fast eiendom'],
  ['68.209', 'Utleie av egen eller leid fast eiendom ellers'],
  ['69.201', 'Regnskap og bokføring'],
  ['70.220', 'Bedriftsrådgivning og annen administrativ rådgivning'],
  ['71.129', 'Annen teknisk konsulentvirksomhet'],
  ['74.100', 'Spesialisert designvirksomhet'],
  ['74.300', 'Oversettelses- og tolkevirksomhet'],
  ['81.210', 'Rengjøring av bygninger'],
  ['84.110', 'Generell offentlig administrasjon'],
  ['85.201', 'Ordinær grunnskoleundervisning'],
  ['86.211', 'Allmenn legetjeneste'],
  ['88.911', 'Barnehager'],
  ['90.031', 'Selvstendig kunstnerisk virksomhet innen visuell kunst'],
  ['93.120', 'Idrettslag og -klubber'],
  ['93.290', 'Fritidsvirksomhet ellers'],
  ['94.991', 'Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted'],
  ['96.020', 'Frisering og annen skjønnhetspleie'],
  ['96.090', 'Personlig tjenesteyting ikke nevnt annet sted'],
] as const
const FORMS = [
  ['ENK', 'Enkeltpersonforetak', 36],
  ['AS', 'Aksjeselskap', 34],
  ['FLI', 'Forening/lag/innretning', 10],
  ['ESEK', 'Eierseksjonssameie', 4],
  ['NUF', 'Norskregistrert utenlandsk foretak', 3],
  ['DA', 'Ansvarlig selskap med delt ansvar', 3],
  ['BRL', 'Borettslag', 2],
  ['SA', 'Samvirkeforetak', 2],
  ['STI', 'Stiftelse', 2],
  ['ANS', 'Ansvarlig selskap med solidarisk ansvar', 1],
  ['ORGL', 'Organisasjonsledd', 1],
  ['KOMM', 'Kommune', 1],
  ['IKS', 'Interkommunalt selskap', 1],
] as const
const FORM_TABLE = FORMS.flatMap((f) => Array<(typeof FORMS)[number]>(f[2]).fill(f))
const SECTORS = [
  ['2100', 'Private aksjeselskaper mv.'],
  ['8200', 'Personlig næringsdrivende'],
  ['7000', 'Ideelle organisasjoner'],
  ['8500', 'Private husholdninger med personlig næringsdrivende'],
  ['6100', 'Statsforvaltningen'],
  ['6500', 'Kommuneforvaltningen'],
] as const
/** Municipalities outside the one imported: [number, name, postal code stem, postal place]. */
const MUNICIPALITIES =
  `0301 OSLO 0 OSLO|4601 BERGEN 5 BERGEN|5001 TRONDHEIM 7 TRONDHEIM|1103 STAVANGER 4 STAVANGER
|3303 KONGSBERG 36 KONGSBERG|4020 MIDT-TELEMARK 38 BØ I TELEMARK|4001 PORSGRUNN 39 PORSGRUNN
|4003 SKIEN 37 SKIEN|3907 SANDEFJORD 32 SANDEFJORD|3301 DRAMMEN 30 DRAMMEN|1108 SANDNES 43 SANDNES
|5501 TROMSØ 90 TROMSØ|1804 BODØ 80 BODØ|3205 LILLESTRØM 20 LILLESTRØM|3201 BÆRUM 13 SANDVIKA
|4204 KRISTIANSAND 46 KRISTIANSAND S|1506 ÅLESUND 60 ÅLESUND|3403 HAMAR 23 HAMAR|4034 TOKKE 38 DALEN
|4037 KVITESEID 38 KVITESEID|3322 NESBYEN 35 NESBYEN|4621 VOSS 57 VOSS|1813 BRØNNØY 89 BRØNNØYSUND`
    .split('|')
    .map((m) => {
      const [kommunenummer, ...rest] = m.trim().split(' ')
      const [kommune, stem, ...place] = rest
      return { kommunenummer, kommune, stem, place }
    })

const link = (p: string) => ({ href: `https://data.brreg.no/enhetsregisteret/api/${p}` })
const pad = (n: number, width: number) => String(n).padStart(width, '0')
const date = (r: Random, from: number, to: number) =>
  `${from + r.int(to - from + 1)}-${pad(1 + r.int(12), 2)}-${pad(1 + r.int(28), 2)}`

function sentence(r: Random, words: number) {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(r.pick(WORDS))
  const s = out.join(' ')
  return `${s[0].toUpperCase()}${s.slice(1)}`
}

/** Lines of at most ~70 characters, as the register splits its texts. */
function lines(r: Random, count: number) {
  return Array.from({ length: count }, () => sentence(r, 6 + r.int(6)))
}

function address(r: Random, local: boolean, kommune: string, postbox = false) {
  const m = local
    ? { kommunenummer: kommune, kommune: 'VINJE', stem: '38', place: ['ÅMOT'] }
    : r.pick(MUNICIPALITIES)
  const street = postbox
    ? `Postboks ${1 + r.int(9000)}`
    : `${r.pick(STREET_STEMS)}${r.pick(STREET_ENDS)} ${1 + r.int(240)}${r.chance(0.1) ? String.fromCharCode(65 + r.int(4)) : ''}`
  const adresse: (string | null)[] = r.chance(0.08)
    ? [`c/o ${r.pick(SURNAMES)} ${r.pick(GIVEN)}`, street]
    : [street]
  return {
    land: 'Norge',
    landkode: 'NO',
    postnummer: `${m.stem}${pad(r.int(10 ** (4 - m.stem.length)), 4 - m.stem.length)}`,
    poststed: m.place.join(' '),
    adresse,
    kommune: m.kommune,
    kommunenummer: m.kommunenummer,
  }
}

function businessName(r: Random, form: string) {
  if (form === 'ENK')
    return `${r.pick(SURNAMES)} ${r.pick(GIVEN)}${r.chance(0.5) ? ` ${r.pick(GIVEN)}` : ''}`
  const head = r.chance(0.5) ? r.pick(SURNAMES) : `${r.pick(STREET_STEMS).toUpperCase()}`
  const trade = r.chance(0.7)
    ? ` ${r.pick(TRADES)}${r.chance(0.3) ? ` OG ${r.pick(TRADES)}` : ''}`
    : ''
  return `${head}${trade}${form === 'FLI' || form === 'ESEK' || form === 'KOMM' ? '' : ` ${form}`}`
}

const code = (r: Random) => {
  const [kode, beskrivelse] = r.pick(INDUSTRIES)
  return { kode, beskrivelse }
}

const webName = (name: string, i: number) =>
  `${
    name
      .toLowerCase()
      .replace(/[^a-z]+/g, '')
      .slice(0, 20) || 'verksemd'
  }${i % 97}`

function employees(r: Random) {
  const registered = r.chance(0.3)
  if (!registered) return { harRegistrertAntallAnsatte: false }
  // The register leaves the count out for 1–4 employees.
  if (r.chance(0.45)) return { harRegistrertAntallAnsatte: true }
  return { antallAnsatte: 5 + Math.floor(r.next() ** 4 * 400), harRegistrertAntallAnsatte: true }
}

export function enhetRecord(i: number, orgnr: string, local: boolean, kommune: string) {
  const r = random(i * 2654435761 + 17)
  const [formKode, formText] = r.pick(FORM_TABLE)
  const navn = businessName(r, formKode)
  const business = address(r, local, kommune)
  const registered = date(r, 1995, 2026)
  const company = formKode === 'AS' || formKode === 'NUF' || formKode === 'SA'
  const bankrupt = r.chance(0.006)
  const windingUp = !bankrupt && r.chance(0.01)
  const forced = windingUp && r.chance(0.4)
  const web = webName(navn, i)
  const sector = formKode === 'ENK' ? SECTORS[1] : company ? SECTORS[0] : r.pick(SECTORS)
  return {
    organisasjonsnummer: orgnr,
    navn,
    organisasjonsform: {
      kode: formKode,
      beskrivelse: formText,
      _links: { self: link(`organisasjonsformer/${formKode}`) },
    },
    ...(r.chance(0.15) ? { hjemmeside: `www.${web}.no` } : {}),
    ...(r.chance(0.4)
      ? { postadresse: address(r, local && r.chance(0.9), kommune, r.chance(0.5)) }
      : {}),
    registreringsdatoEnhetsregisteret: registered,
    registrertIMvaregisteret: r.chance(0.45),
    naeringskode1: code(r),
    ...(r.chance(0.1) ? { naeringskode2: code(r) } : {}),
    ...(r.chance(0.02) ? { naeringskode3: code(r) } : {}),
    ...employees(r),
    ...(r.chance(0.03)
      ? { overordnetEnhet: withCheckDigit(pad(80_000_000 + r.int(9_000_000), 8)) ?? undefined }
      : {}),
    registreringsdatoAntallAnsatteEnhetsregisteret: date(r, 2016, 2025),
    registreringsdatoAntallAnsatteNAVAaregisteret: date(r, 2016, 2025),
    ...(r.chance(0.25) ? { epostadresse: `post@${web}.no` } : {}),
    ...(r.chance(0.2)
      ? {
          telefon: `${pad(r.int(100), 2)} ${pad(r.int(100), 2)} ${pad(r.int(100), 2)} ${pad(r.int(100), 2)}`,
        }
      : {}),
    ...(r.chance(0.25)
      ? {
          mobil: `${4 + r.int(6)}${pad(r.int(100), 2)} ${pad(r.int(100), 2)} ${pad(r.int(1000), 3)}`,
        }
      : {}),
    forretningsadresse: business,
    ...(formKode !== 'ENK' ? { stiftelsesdato: date(r, 1950, 2026) } : {}),
    institusjonellSektorkode: { kode: sector[0], beskrivelse: sector[1] },
    registrertIForetaksregisteret: formKode !== 'FLI' && formKode !== 'ESEK',
    registrertIStiftelsesregisteret: formKode === 'STI',
    registrertIFrivillighetsregisteret: formKode === 'FLI' && r.chance(0.4),
    ...(company ? { sisteInnsendteAarsregnskap: String(2019 + r.int(6)) } : {}),
    konkurs: bankrupt,
    ...(bankrupt ? { konkursdato: date(r, 2018, 2026) } : {}),
    underAvvikling: windingUp,
    ...(windingUp ? { underAvviklingDato: date(r, 2018, 2026) } : {}),
    underTvangsavviklingEllerTvangsopplosning: forced,
    ...(forced ? { tvangsavvikletPgaManglendeSlettingDato: date(r, 2018, 2026) } : {}),
    maalform: r.chance(0.12) ? 'Nynorsk' : 'Bokmål',
    ...(company || formKode === 'STI' ? { vedtektsdato: date(r, 1995, 2026) } : {}),
    ...(company || formKode === 'STI' ? { vedtektsfestetFormaal: lines(r, 1 + r.int(3)) } : {}),
    ...(r.chance(0.7) ? { aktivitet: lines(r, 1 + r.int(3)) } : {}),
    registrertIPartiregisteret: false,
    _links: { self: link(`enheter/${orgnr}`) },
  }
}

export function underenhetRecord(
  i: number,
  orgnr: string,
  parent: string,
  local: boolean,
  kommune: string,
) {
  const r = random(i * 2246822519 + 101)
  const aafy = r.chance(0.06)
  const navn = `${businessName(r, 'AS')}${r.chance(0.4) ? ` AVD ${r.pick(STREET_STEMS).toUpperCase()}` : ''}`
  const web = webName(navn, i)
  return {
    organisasjonsnummer: orgnr,
    navn,
    organisasjonsform: aafy
      ? {
          kode: 'AAFY',
          beskrivelse: 'Underenhet til ikke-næringsdrivende',
          _links: { self: link('organisasjonsformer/AAFY') },
        }
      : {
          kode: 'BEDR',
          beskrivelse: 'Underenhet til næringsdrivende og offentlig forvaltning',
          _links: { self: link('organisasjonsformer/BEDR') },
        },
    ...(r.chance(0.1) ? { hjemmeside: `www.${web}.no` } : {}),
    ...(r.chance(0.25)
      ? { postadresse: address(r, local && r.chance(0.9), kommune, r.chance(0.6)) }
      : {}),
    registreringsdatoEnhetsregisteret: date(r, 1995, 2026),
    registrertIMvaregisteret: r.chance(0.4),
    naeringskode1: code(r),
    ...(r.chance(0.05) ? { naeringskode2: code(r) } : {}),
    ...employees(r),
    overordnetEnhet: parent,
    registreringsdatoAntallAnsatteEnhetsregisteret: date(r, 2016, 2025),
    registreringsdatoAntallAnsatteNAVAaregisteret: date(r, 2016, 2025),
    ...(r.chance(0.15) ? { epostadresse: `post@${web}.no` } : {}),
    oppstartsdato: date(r, 1970, 2026),
    ...(r.chance(0.1) ? { datoEierskifte: date(r, 2000, 2026) } : {}),
    // 6 % (AAFY) have only a postal address, as in the real file.
    ...(aafy && r.chance(0.5) && !local ? {} : { beliggenhetsadresse: address(r, local, kommune) }),
    _links: { self: link(`underenheter/${orgnr}`), overordnetEnhet: link(`enheter/${parent}`) },
  }
}

/** Valid org numbers, in order, from an 8-digit stem (every 11th stem has no check digit). */
function numbering(stem: number) {
  const cache: string[] = []
  let next = stem
  return (i: number) => {
    while (cache.length <= i) {
      let n: string | null = null
      while (!n) n = withCheckDigit(String(next++))
      cache.push(n)
    }
    return cache[i]
  }
}

/** Pretty-printed like the real download: `[\n  {\n    "organisasjonsnummer": …`. */
async function writeArray(file: string, count: number, record: (i: number) => object) {
  async function* chunks() {
    yield '['
    let batch: string[] = []
    for (let i = 0; i < count; i++) {
      batch.push(`${i ? ',' : ''}\n  ${JSON.stringify(record(i), null, 2).replace(/\n/g, '\n  ')}`)
      if (batch.length === 2000) {
        yield batch.join('')
        batch = []
      }
    }
    yield `${batch.join('')}\n]\n`
  }
  const partial = `${file}.partial`
  await pipeline(chunks, zlib.createGzip(), fs.createWriteStream(partial))
  fs.renameSync(partial, file)
}

/** The two files, from the cache folder when they were made before with the same parameters. */
export async function registerFiles(options: RegisterFilesOptions): Promise<RegisterFiles> {
  const { enheter, underenheter, localEvery, kommune } = options
  const dir = path.join(
    os.tmpdir(),
    `nh-bench-register-v${SHAPE_VERSION}-${enheter}-${underenheter}-${localEvery}-${kommune}`,
  )
  fs.mkdirSync(dir, { recursive: true })
  const enheterFile = path.join(dir, 'enheter_alle.json.gz')
  const underenheterFile = path.join(dir, 'underenheter_alle.json.gz')
  // Numbers in the order the files hold them; a number is made once and remembered (a few MB).
  const enhetNumber = numbering(81_000_000)
  const underenhetNumber = numbering(86_000_000)
  // Every other enhet has establishments; the underenheter cycle through those parents.
  const parents = Math.max(1, Math.min(Math.ceil(enheter / 2), underenheter))
  const parentOf = (i: number) => enhetNumber((i % parents) * 2)
  const enhet = (i: number, orgnr: string, local: boolean) => enhetRecord(i, orgnr, local, kommune)
  const underenhet = (i: number, orgnr: string, parent: string, local: boolean) =>
    underenhetRecord(i, orgnr, parent, local, kommune)

  const started = performance.now()
  let made = false
  if (!fs.existsSync(enheterFile)) {
    await writeArray(enheterFile, enheter, (i) => enhet(i, enhetNumber(i), i % localEvery === 0))
    made = true
  }
  if (!fs.existsSync(underenheterFile)) {
    // Establishments are a little more often local than entities (chains have shops everywhere).
    const underLocalEvery = Math.max(1, Math.round(localEvery * 0.7))
    await writeArray(underenheterFile, underenheter, (i) =>
      underenhet(i, underenhetNumber(i), parentOf(i), i % underLocalEvery === 0),
    )
    made = true
  }
  return {
    enheterFile,
    underenheterFile,
    parentOf,
    enhet,
    underenhet,
    enhetNumber,
    underenhetNumber,
    generatedMs: made ? performance.now() - started : null,
  }
}
