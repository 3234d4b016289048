/**
 * bench/import.ts: the register import at national scale.
 * Writes both national downloads in the real format and shape (gzipped JSON arrays,
 * pretty-printed, every field real records carry): 1,170,000 enheter and 1,000,000 underenheter
 * (BENCH_ENHETER / BENCH_UNDERENHETER), ~600 + ~700 of them in Vinje (4036). Then runs
 * `npm run import:businesses` with both files against a scratch database twice (first import,
 * same files again), and the daily update (`--updates`) against the local fake of the register
 * with a day's worth of changes (BENCH_CHANGES, default 6,000). Prints a table.
 * Targets: both files ≤ 90 s together and ≤ 300 MB peak RSS; the daily update ≤ 5 s.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import { withCheckDigit } from '../cms/fields/orgNumber'
import { startFakeBrreg } from '../cms/import/fake-brreg'
import { printTable, s } from './lib'

const ENHETER = Number(process.env.BENCH_ENHETER ?? 1_170_000)
const UNDERENHETER = Number(process.env.BENCH_UNDERENHETER ?? 1_000_000)
const CHANGES = Number(process.env.BENCH_CHANGES ?? 6_000)
const LOCAL_EVERY = 2000 // one in 2,000 is in Vinje: ~600 enheter
const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-bench-import-'))
const enheterFile = path.join(dir, 'enheter_alle.json.gz')
const underenheterFile = path.join(dir, 'underenheter_alle.json.gz')

const INDUSTRIES = [
  ['01.410', 'Melkeproduksjon på storfe'],
  ['41.200', 'Oppføring av bygninger'],
  ['43.221', 'Rørleggerarbeid'],
  ['47.111', 'Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler'],
  ['55.101', 'Drift av hoteller, pensjonater og moteller med restaurant'],
  ['62.010', 'Programmeringstjenester'],
  ['68.209', 'Utleie av egen eller leid fast eiendom ellers'],
  ['70.220', 'Bedriftsrådgivning og annen administrativ rådgivning'],
] as const
const PLACES = [
  ['0150', 'OSLO', 'OSLO', '0301'],
  ['5003', 'BERGEN', 'BERGEN', '4601'],
  ['7010', 'TRONDHEIM', 'TRONDHEIM', '5001'],
  ['3616', 'KONGSBERG', 'KONGSBERG', '3303'],
] as const
const WORDS = ['drift', 'utleige', 'rådgjeving', 'handel', 'produksjon', 'transport', 'bygg', 'sal']

const orgNumbers = (stem: number) => {
  let next = stem
  return () => {
    let n: string | null = null
    while (!n) n = withCheckDigit(String(next++))
    return n
  }
}

function address(i: number, local: boolean) {
  const [postnummer, poststed, kommune, kommunenummer] = local
    ? ['3890', 'VINJE', 'VINJE', '4036']
    : PLACES[i % PLACES.length]
  return {
    land: 'Norge',
    landkode: 'NO',
    postnummer,
    poststed,
    adresse: [`Testvegen ${i % 500}`],
    kommune,
    kommunenummer,
  }
}

const code = (i: number) => ({ kode: INDUSTRIES[i % 8][0], beskrivelse: INDUSTRIES[i % 8][1] })
const text = (i: number) => `${WORDS[i % 8]} og ${WORDS[(i >> 3) % 8]} av ${WORDS[(i >> 6) % 8]}.`
const link = (p: string) => ({ self: { href: `https://data.brreg.no/enhetsregisteret/api/${p}` } })

function enhet(i: number, orgnr: string, local: boolean) {
  const a = address(i, local)
  return {
    organisasjonsnummer: orgnr,
    navn: `TESTVERKSEMD ${i} AS`,
    organisasjonsform: {
      kode: 'AS',
      beskrivelse: 'Aksjeselskap',
      _links: link('organisasjonsformer/AS'),
    },
    ...(i % 3 === 0 ? { hjemmeside: `www.testverksemd${i}.example` } : {}),
    postadresse: a,
    registreringsdatoEnhetsregisteret: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    registrertIMvaregisteret: i % 2 === 0,
    naeringskode1: code(i),
    ...(i % 5 === 0 ? { naeringskode2: code(i + 3) } : {}),
    harRegistrertAntallAnsatte: i % 4 !== 0,
    ...(i % 4 !== 0 && i % 3 !== 0 ? { antallAnsatte: 5 + (i % 60) } : {}),
    registreringsdatoAntallAnsatteEnhetsregisteret: '2025-02-12',
    registreringsdatoAntallAnsatteNAVAaregisteret: '2025-02-10',
    ...(i % 2 === 0
      ? { epostadresse: `post@testverksemd${i}.example`, telefon: `35 0${i % 10} 00 00` }
      : {}),
    forretningsadresse: a,
    stiftelsesdato: `20${10 + (i % 15)}-0${1 + (i % 9)}-0${1 + (i % 9)}`,
    institusjonellSektorkode: { kode: '2100', beskrivelse: 'Private aksjeselskaper mv.' },
    registrertIForetaksregisteret: true,
    registrertIStiftelsesregisteret: false,
    registrertIFrivillighetsregisteret: false,
    sisteInnsendteAarsregnskap: '2024',
    konkurs: i % 997 === 0,
    underAvvikling: i % 1499 === 0,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: i % 7 === 0 ? 'Nynorsk' : 'Bokmål',
    vedtektsdato: '2020-01-01',
    vedtektsfestetFormaal: [text(i)],
    aktivitet: [text(i + 1), text(i + 2)],
    registrertIPartiregisteret: false,
    _links: link(`enheter/${orgnr}`),
  }
}

function underenhet(i: number, orgnr: string, parent: string, local: boolean) {
  return {
    organisasjonsnummer: orgnr,
    navn: `TESTVERKSEMD ${i} AS AVD ${i % 9}`,
    organisasjonsform: {
      kode: 'BEDR',
      beskrivelse: 'Underenhet til næringsdrivende og offentlig forvaltning',
      _links: link('organisasjonsformer/BEDR'),
    },
    registreringsdatoEnhetsregisteret: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    registrertIMvaregisteret: i % 2 === 0,
    naeringskode1: code(i),
    harRegistrertAntallAnsatte: i % 4 !== 0,
    ...(i % 4 !== 0 && i % 3 !== 0 ? { antallAnsatte: 5 + (i % 40) } : {}),
    overordnetEnhet: parent,
    registreringsdatoAntallAnsatteEnhetsregisteret: '2025-02-11',
    registreringsdatoAntallAnsatteNAVAaregisteret: '2025-02-10',
    oppstartsdato: `20${10 + (i % 15)}-01-01`,
    beliggenhetsadresse: address(i, local),
    _links: { ...link(`underenheter/${orgnr}`), overordnetEnhet: link(`enheter/${parent}`).self },
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
  await pipeline(chunks, zlib.createGzip({ level: 4 }), fs.createWriteStream(file))
}

interface RunFigures {
  output: string
  wallMs: number
}

function runCli(args: string[], extraEnv: Record<string, string> = {}): Promise<RunFigures> {
  const started = performance.now()
  const child = spawn('npm', ['run', '--silent', 'import:businesses', '--', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', APP_ENV: 'development', ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve({ output, wallMs: performance.now() - started })
        : reject(new Error(`import failed (exit ${code}):\n${output}`)),
    ),
  )
}

/** Reads the figures back from the summary the import prints. */
function figures(label: string, run: RunFigures) {
  const count = (name: string) =>
    Number(
      new RegExp(`^\\s+${name}\\s+([\\d,]+)`, 'm').exec(run.output)?.[1].replace(/,/g, '') ?? NaN,
    )
  const took = /took ([\d.]+) s \(([\d,]+) entities\/s\), peak memory (\d+) MB/.exec(run.output)
  if (!took) throw new Error(`no timing line in the import's output:\n${run.output}`)
  return {
    run: label,
    'import time': `${took[1]} s`,
    'records/s': took[2],
    'peak RSS': `${took[3]} MB`,
    'wall incl. start': s(run.wallMs),
    read: count('read').toLocaleString('en'),
    'in 4036': count('in municipality'),
    created: count('created'),
    unchanged: count('unchanged'),
  }
}

console.log(`scratch folder: ${dir}`)
const g0 = performance.now()
const enhetNumber = orgNumbers(81_000_000)
const parents: string[] = []
await writeArray(enheterFile, ENHETER, (i) => {
  const orgnr = enhetNumber()
  if (parents.length < UNDERENHETER && i % 2 === 0) parents.push(orgnr)
  return enhet(i, orgnr, i % LOCAL_EVERY === 0)
})
const underNumber = orgNumbers(86_000_000)
await writeArray(underenheterFile, UNDERENHETER, (i) =>
  underenhet(i, underNumber(), parents[i % parents.length], i % (LOCAL_EVERY - 600) === 0),
)
const generateMs = performance.now() - g0
const mb = (f: string) => `${(fs.statSync(f).size / 1e6).toFixed(0)} MB`

const files = ['--file', enheterFile, '--file', underenheterFile, '--kommune', '4036']
const first = await runCli(files)
const second = await runCli(files)

// A day of changes in the feed: most elsewhere, a few dozen in Vinje.
const fake = await startFakeBrreg()
const yesterday = new Date(Date.now() - 3_600_000)
for (let i = 0; i < CHANGES; i++) {
  const local = i % 200 === 0
  const kind = i % 2 ? 'underenhet' : 'enhet'
  const record =
    kind === 'enhet'
      ? enhet(i, enhetNumber(), local)
      : underenhet(i, underNumber(), parents[i % parents.length], local)
  fake.publish(kind, record as unknown as Record<string, unknown>, 'Ny', yesterday)
}
const u0 = performance.now()
const update = await runCli(
  ['--updates', '--kommune', '4036', '--since', new Date(Date.now() - 86_400_000).toISOString()],
  {
    BRREG_BASE_URL: fake.url,
  },
)
const updateWall = performance.now() - u0
await fake.close()
const updateTook = /took ([\d.]+) s/.exec(update.output)?.[1]

printTable(
  `Register import: ${ENHETER.toLocaleString('en')} enheter (${mb(enheterFile)}) + ` +
    `${UNDERENHETER.toLocaleString('en')} underenheter (${mb(underenheterFile)}), gzipped, ` +
    `generated in ${s(generateMs)}`,
  [figures('first import, both files', first), figures('same files again', second)],
)
printTable(`Daily update: ${CHANGES.toLocaleString('en')} changes in the feed`, [
  {
    run: 'update feed',
    'update time': `${updateTook} s`,
    'wall incl. start': s(updateWall),
    output: update.output.trim().split('\n').at(-1) ?? '',
  },
])
console.log('targets: both files ≤ 90 s together, ≤ 300 MB peak RSS; daily update ≤ 5 s')
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
