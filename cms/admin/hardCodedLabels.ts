/**
 * Screen-reader labels Payload's editor and date picker write in English in their own code, with
 * no translation key to give them: the rich-text editor's "Add block" or "Edit link", and
 * react-datepicker's "Choose Date and Time" or "Previous Month". Nynorsk for our `nn` language;
 * the admin's browser applies them (cms/admin/AdminNynorsk.tsx).
 */
const EXACT: Record<string, string> = {
  'Add block': 'Legg til blokk',
  'Drag to move': 'Dra for å flytte',
  'Insert Paragraph': 'Set inn avsnitt',
  'Edit link': 'Rediger lenkja',
  'Remove link': 'Fjern lenkja',
  'Add Row': 'Legg til rad',
  'Add Column': 'Legg til kolonne',
  'Choose Date': 'Vel dato',
  'Choose Time': 'Vel tid',
  'Choose Date and Time': 'Vel dato og tid',
  'Previous Month': 'Førre månad',
  'Next Month': 'Neste månad',
  'Previous Year': 'Førre år',
  'Next Year': 'Neste år',
}

/**
 * Labels made of a prefix and a value, each only inside the part that writes it (a document's
 * own title such as "Choose Vinje" elsewhere is left as it is).
 */
const PREFIXES: { within: string; pattern: RegExp; nynorsk: string }[] = [
  // react-datepicker's days and weeks: "Choose onsdag 2. desember 2026", "week 49".
  { within: '.react-datepicker', pattern: /^Choose (.+)$/, nynorsk: 'Vel $1' },
  {
    within: '.react-datepicker',
    pattern: /^Not available (.+)$/,
    nynorsk: 'Ikkje tilgjengeleg: $1',
  },
  { within: '.react-datepicker', pattern: /^week (.+)$/, nynorsk: 'veke $1' },
  { within: '.react-datepicker', pattern: /^month (.+)$/, nynorsk: 'månad $1' },
  // A chosen document in a relationship field with several values: "Edit Reiseliv".
  { within: '.relationship--multi-value-label', pattern: /^Edit (.+)$/, nynorsk: 'Rediger $1' },
]

/** The Nynorsk for one of those labels (`within`: the selectors the element is inside), or null. */
export function nynorskForHardCodedLabel(label: string, within: string[] = []): string | null {
  if (label in EXACT) return EXACT[label]
  for (const prefix of PREFIXES)
    if (within.includes(prefix.within) && prefix.pattern.test(label))
      return label.replace(prefix.pattern, prefix.nynorsk)
  return null
}

const PARTS = [...new Set(PREFIXES.map((p) => p.within))]

export const TRANSLATED_ATTRIBUTES = ['aria-label', 'title'] as const

/** Rewrites the labels of `root` and everything in it; returns how many it changed. */
export function translateHardCodedLabels(root: Element): number {
  let changed = 0
  const elements = [root, ...root.querySelectorAll('[aria-label],[title]')]
  for (const element of elements)
    for (const attribute of TRANSLATED_ATTRIBUTES) {
      const value = element.getAttribute(attribute)
      const within = PARTS.filter((part) => element.closest(part))
      const nynorsk = value && nynorskForHardCodedLabel(value, within)
      if (nynorsk) {
        element.setAttribute(attribute, nynorsk)
        changed++
      }
    }
  return changed
}
