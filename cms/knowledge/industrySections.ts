/**
 * SN2007 (the Norwegian version of NACE Rev. 2) sections: the letter an industry code belongs to,
 * found from its first two digits (the division). Names in Nynorsk (SSB's wording) and English
 * (Eurostat's NACE Rev. 2 titles).
 */
export interface IndustrySection {
  code: string
  /** Divisions (first two digits of the industry code) in this section, inclusive. */
  divisions: [number, number]
  name: { nn: string; en: string }
}

export const INDUSTRY_SECTIONS: readonly IndustrySection[] = [
  {
    code: 'A',
    divisions: [1, 3],
    name: { nn: 'Jordbruk, skogbruk og fiske', en: 'Agriculture, forestry and fishing' },
  },
  {
    code: 'B',
    divisions: [5, 9],
    name: { nn: 'Bergverksdrift og utvinning', en: 'Mining and quarrying' },
  },
  { code: 'C', divisions: [10, 33], name: { nn: 'Industri', en: 'Manufacturing' } },
  {
    code: 'D',
    divisions: [35, 35],
    name: {
      nn: 'Elektrisitets-, gass-, damp- og varmtvassforsyning',
      en: 'Electricity, gas, steam and air conditioning supply',
    },
  },
  {
    code: 'E',
    divisions: [36, 39],
    name: {
      nn: 'Vassforsyning, avlaups- og renovasjonsverksemd',
      en: 'Water supply, sewerage, waste management and remediation',
    },
  },
  { code: 'F', divisions: [41, 43], name: { nn: 'Bygge- og anleggsverksemd', en: 'Construction' } },
  {
    code: 'G',
    divisions: [45, 47],
    name: {
      nn: 'Varehandel, reparasjon av motorvogner',
      en: 'Wholesale and retail trade; repair of motor vehicles',
    },
  },
  {
    code: 'H',
    divisions: [49, 53],
    name: { nn: 'Transport og lagring', en: 'Transportation and storage' },
  },
  {
    code: 'I',
    divisions: [55, 56],
    name: {
      nn: 'Overnattings- og serveringsverksemd',
      en: 'Accommodation and food service activities',
    },
  },
  {
    code: 'J',
    divisions: [58, 63],
    name: { nn: 'Informasjon og kommunikasjon', en: 'Information and communication' },
  },
  {
    code: 'K',
    divisions: [64, 66],
    name: { nn: 'Finansierings- og forsikringsverksemd', en: 'Financial and insurance activities' },
  },
  {
    code: 'L',
    divisions: [68, 68],
    name: { nn: 'Omsetning og drift av fast eigedom', en: 'Real estate activities' },
  },
  {
    code: 'M',
    divisions: [69, 75],
    name: {
      nn: 'Fagleg, vitskapleg og teknisk tenesteyting',
      en: 'Professional, scientific and technical activities',
    },
  },
  {
    code: 'N',
    divisions: [77, 82],
    name: {
      nn: 'Forretningsmessig tenesteyting',
      en: 'Administrative and support service activities',
    },
  },
  {
    code: 'O',
    divisions: [84, 84],
    name: {
      nn: 'Offentleg administrasjon og forsvar, og trygdeordningar',
      en: 'Public administration and defence; compulsory social security',
    },
  },
  { code: 'P', divisions: [85, 85], name: { nn: 'Undervisning', en: 'Education' } },
  {
    code: 'Q',
    divisions: [86, 88],
    name: { nn: 'Helse- og sosialtenester', en: 'Human health and social work activities' },
  },
  {
    code: 'R',
    divisions: [90, 93],
    name: {
      nn: 'Kulturell verksemd, underhaldning og fritidsaktivitetar',
      en: 'Arts, entertainment and recreation',
    },
  },
  {
    code: 'S',
    divisions: [94, 96],
    name: { nn: 'Annan tenesteyting', en: 'Other service activities' },
  },
  {
    code: 'T',
    divisions: [97, 98],
    name: { nn: 'Lønt arbeid i private hushald', en: 'Activities of households as employers' },
  },
  {
    code: 'U',
    divisions: [99, 99],
    name: {
      nn: 'Internasjonale organisasjonar og organ',
      en: 'Activities of extraterritorial organisations and bodies',
    },
  },
]

/** Businesses without a usable code (the register's 00.000 "Uoppgitt", or none at all). */
export const UNKNOWN_SECTION: IndustrySection = {
  code: '?',
  divisions: [0, 0],
  name: { nn: 'Ukjend næring', en: 'Industry not stated' },
}

export function industrySectionOf(industryCode: string | null | undefined): IndustrySection {
  const m = /^(\d{2})/.exec(industryCode?.trim() ?? '')
  if (!m) return UNKNOWN_SECTION
  const division = Number(m[1])
  return (
    INDUSTRY_SECTIONS.find((s) => division >= s.divisions[0] && division <= s.divisions[1]) ??
    UNKNOWN_SECTION
  )
}
