/**
 * The shapes of Enhetsregisteret's open data (data.brreg.no, NLOD licence), as the bulk downloads,
 * the API's search pages, single look-ups and the update feed give them. Only the fields the office
 * uses are listed; every field is optional because the register omits what is not registered.
 */
export interface BrregAddress {
  /** Address lines; the register's own documentation shows `null` entries inside the list. */
  adresse?: (string | null)[]
  postnummer?: string
  poststed?: string
  kommunenummer?: string
  kommune?: string
  landkode?: string
}

export interface BrregCode {
  kode?: string
  beskrivelse?: string
}

/**
 * An "enhet" (legal unit: company, association, sole proprietorship) or an "underenhet"
 * (establishment: the place where an enhet does business, with its own employees).
 */
export interface Enhet {
  organisasjonsnummer?: string
  navn?: string
  organisasjonsform?: BrregCode
  naeringskode1?: BrregCode
  naeringskode2?: BrregCode
  naeringskode3?: BrregCode
  antallAnsatte?: number
  harRegistrertAntallAnsatte?: boolean
  forretningsadresse?: BrregAddress
  /** Underenheter: where the establishment is. */
  beliggenhetsadresse?: BrregAddress
  postadresse?: BrregAddress
  /** Underenheter: the enhet it belongs to. */
  overordnetEnhet?: string
  hjemmeside?: string
  epostadresse?: string
  telefon?: string
  mobil?: string
  aktivitet?: (string | null)[]
  vedtektsfestetFormaal?: (string | null)[]
  registreringsdatoEnhetsregisteret?: string
  stiftelsesdato?: string
  oppstartsdato?: string
  konkurs?: boolean
  konkursdato?: string
  underAvvikling?: boolean
  underAvviklingDato?: string
  underTvangsavviklingEllerTvangsopplosning?: boolean
  underRekonstruksjonsforhandling?: boolean
  slettedato?: string
  nedleggelsesdato?: string
}

/** Which register list a record belongs to. */
export type UnitKind = 'enhet' | 'underenhet'

/** Organisation forms only underenheter have: BEDR (business) and AAFY (non-business). */
export const ESTABLISHMENT_FORMS: ReadonlySet<string> = new Set(['BEDR', 'AAFY'])

/** Where a record sits in its file, for messages a person can find it by. */
export interface RecordPosition {
  /** 1-based number of the record within the file's list of entities. */
  index: number
  /** The path as written in the file: `[41]` in the bulk array, `_embedded.enheter[3]` in a page. */
  path: string
}
