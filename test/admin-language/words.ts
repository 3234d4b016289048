/**
 * Words an editor or advisor must never meet in the admin: Bokmål where Nynorsk belongs, English
 * from Payload's defaults or from field names without a label, and US date and time formats.
 * Keep adding to it when a walk through the admin finds one.
 */
export interface ForbiddenWord {
  pattern: RegExp
  why: string
}

const words = (why: string, list: string[]): ForbiddenWord[] =>
  list.map((w) => ({
    pattern: new RegExp(
      `(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'u',
    ),
    why,
  }))

export const FORBIDDEN: ForbiddenWord[] = [
  ...words('Bokmål', [
    'Uten tittel',
    'Publiser endringer',
    'Valgte lokaliteter',
    'Forhold',
    'ikke',
    'Ikke',
    'Innstillinger',
    'Brukere',
    'Endringer',
    'endringer',
    'Opprettet',
    'Sist endret',
    'Velg',
    'Laster',
    'Søppel',
    'Vennligst',
    'Hvis',
    'Følgende',
    'Lenke',
    'Begynn å skrive',
  ]),
  ...words('English', [
    'Untitled',
    'Create New',
    'Session',
    'Starts At',
    'Ends At',
    'Priority',
    'Recorded At',
    'Summary',
    'Recipients',
    'Last Error',
    'Sent At',
    'Method',
    'Topics',
    'Roles',
    'Street',
    'Postal Code',
    'Development Plan',
    'Meeting Log',
    'Created At',
    'Updated At',
    'Dashboard',
    'Collections',
    'Locale',
    'Log out',
    'Add Row',
    'Add New',
    'Search by',
    'Filters',
    'Columns',
    'Publish',
    'Save',
    'Timezone',
    'Idempotency Key',
    'Task Slug',
    'Wait Until',
    'Requested At',
  ]),
  { pattern: /\[object Object\]/, why: 'a label object printed as text' },
  { pattern: /\b\d{1,2}\/\d{1,2}\/\d{4}\b/, why: 'US date (12/02/2026)' },
  { pattern: /\b[ap]\.m\./i, why: '12-hour clock (a.m./p.m.)' },
  { pattern: /\b\d{1,2}:\d{2}\s?[AP]M\b/, why: '12-hour clock (1:28 PM)' },
]

export function forbiddenIn(text: string): string[] {
  return FORBIDDEN.flatMap(({ pattern, why }) => {
    const m = text.match(pattern)
    return m ? [`${why}: "${m[0].trim()}"`] : []
  })
}
