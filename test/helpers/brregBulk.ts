/**
 * Writes a bulk download the size of the national one (or any size) in the real format: a gzipped
 * JSON array of "enheter", with a chosen number of them in one municipality. Used by the import's
 * memory test and by bench/import.ts.
 */
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { withCheckDigit } from '../../cms/fields/orgNumber'

const INDUSTRIES = [
  ['01.410', 'Melkeproduksjon på storfe'],
  ['41.200', 'Oppføring av bygninger'],
  ['43.221', 'Rørleggerarbeid'],
  ['47.111', 'Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler'],
  ['55.101', 'Drift av hoteller, pensjonater og moteller med restaurant'],
  ['62.010', 'Programmeringstjenester'],
  ['68.209', 'Utleie av egen eller leid fast eiendom ellers'],
  ['70.220', 'Bedriftsrådgivning og annen administrativ rådgivning'],
  ['86.211', 'Allmenn legetjeneste'],
  ['93.120', 'Idrettslag og -klubber'],
] as const
const FORMS = [
  ['AS', 'Aksjeselskap'],
  ['ENK', 'Enkeltpersonforetak'],
  ['FLI', 'Forening/lag/innretning'],
  ['DA', 'Ansvarlig selskap med delt ansvar'],
] as const
const PLACES = [
  ['0150', 'OSLO', 'OSLO', '0301'],
  ['5003', 'BERGEN', 'BERGEN', '4601'],
  ['7010', 'TRONDHEIM', 'TRONDHEIM', '5001'],
  ['3616', 'KONGSBERG', 'KONGSBERG', '3303'],
] as const

export interface BulkFileOptions {
  total: number
  inMunicipality: number
  kommune?: string
}

function enhet(i: number, orgNumber: string, local: boolean, kommune: string) {
  const [kode, beskrivelse] = INDUSTRIES[i % INDUSTRIES.length]
  const [formKode, formText] = FORMS[i % FORMS.length]
  const [postnummer, poststed, kommuneNavn, kommunenummer] = local
    ? ['3890', 'VINJE', 'VINJE', kommune]
    : PLACES[i % PLACES.length]
  const adresse = {
    land: 'Norge',
    landkode: 'NO',
    postnummer,
    poststed,
    adresse: [`Testvegen ${i % 500}`],
    kommune: kommuneNavn,
    kommunenummer,
  }
  const year = 1950 + (i % 76)
  return {
    organisasjonsnummer: orgNumber,
    navn: `TESTVERKSEMD ${i} ${formKode}`,
    organisasjonsform: {
      kode: formKode,
      beskrivelse: formText,
      _links: {
        self: {
          href: `https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/${formKode}`,
        },
      },
    },
    ...(i % 3 === 0 ? { hjemmeside: `www.testverksemd${i}.example` } : {}),
    postadresse: adresse,
    registreringsdatoEnhetsregisteret: `${Math.max(1995, year)}-0${1 + (i % 9)}-1${i % 10}`,
    registrertIMvaregisteret: i % 2 === 0,
    naeringskode1: { kode, beskrivelse },
    harRegistrertAntallAnsatte: i % 4 !== 0,
    ...(i % 4 !== 0 ? { antallAnsatte: i % 60 } : {}),
    forretningsadresse: adresse,
    stiftelsesdato: `${year}-0${1 + (i % 9)}-0${1 + (i % 9)}`,
    institusjonellSektorkode: { kode: '2100', beskrivelse: 'Private aksjeselskaper mv.' },
    registrertIForetaksregisteret: formKode !== 'FLI',
    registrertIStiftelsesregisteret: false,
    registrertIFrivillighetsregisteret: formKode === 'FLI',
    konkurs: i % 997 === 0,
    underAvvikling: i % 1499 === 0,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: i % 7 === 0 ? 'Nynorsk' : 'Bokmål',
  }
}

/** Streams the file to disk; returns how many entities landed in the municipality. */
export async function writeBulkFile(
  file: string,
  { total, inMunicipality, kommune = '4036' }: BulkFileOptions,
): Promise<{ inMunicipality: number }> {
  const spacing = Math.max(1, Math.floor(total / Math.max(1, inMunicipality)))
  let local = 0
  async function* chunks() {
    yield '['
    let stem = 81000000
    let batch: string[] = []
    for (let i = 0; i < total; i++) {
      let orgNumber: string | null = null
      while (!orgNumber) orgNumber = withCheckDigit(String(stem++))
      const isLocal = local < inMunicipality && i % spacing === 0
      if (isLocal) local++
      batch.push(JSON.stringify(enhet(i, orgNumber, isLocal, kommune)))
      if (batch.length === 2000) {
        yield (i >= 2000 ? ',' : '') + batch.join(',')
        batch = []
      }
    }
    if (batch.length) yield (total > batch.length ? ',' : '') + batch.join(',')
    yield ']'
  }
  await pipeline(chunks, zlib.createGzip({ level: 1 }), fs.createWriteStream(file))
  return { inMunicipality: local }
}
