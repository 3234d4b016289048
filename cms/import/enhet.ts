/**
 * The shape of one "enhet" in Enhetsregisteret's open data (data.brreg.no, NLOD licence), as the
 * bulk download and the API's search pages both give it. Only the fields the office uses are
 * listed; every field is optional because the register omits what is not registered.
 */
export interface BrregAddress {
  adresse?: string[]
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

export interface Enhet {
  organisasjonsnummer?: string
  navn?: string
  organisasjonsform?: BrregCode
  naeringskode1?: BrregCode
  antallAnsatte?: number
  harRegistrertAntallAnsatte?: boolean
  forretningsadresse?: BrregAddress
  postadresse?: BrregAddress
  hjemmeside?: string
  registreringsdatoEnhetsregisteret?: string
  stiftelsesdato?: string
  konkurs?: boolean
  underAvvikling?: boolean
  underTvangsavviklingEllerTvangsopplosning?: boolean
  slettedato?: string
}

/** Where a record sits in its file, for messages a person can find it by. */
export interface RecordPosition {
  /** 1-based number of the record within the file's list of entities. */
  index: number
  /** The path as written in the file: `[41]` in the bulk array, `_embedded.enheter[3]` in a page. */
  path: string
}
