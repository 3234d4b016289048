/**
 * Screen-reader labels Payload's editor, notices and date picker write in English in their own
 * code, with no translation key to give them: the rich-text editor's "Add block" or "Edit link", a
 * notice's "Close toast", react-datepicker's "Choose Date and Time" or "Previous Month"; and the
 * date picker's visible "Time" caption. Nynorsk for our `nn` language; the admin's browser applies
 * them (cms/admin/AdminNynorsk.tsx). Our own date fields pass the picker Nynorsk words themselves
 * (cms/admin/DateField.tsx, cms/admin/schedulePublish/ScheduleDrawer.tsx); this reaches every other
 * picker Payload draws (list filters on dates).
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
  // The close button on Payload's notices ("Lagra", "Planlagd"): sonner's default label.
  'Close toast': 'Lukk varselet',
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
  // The month grid's label: "month …" on days, "Month desember, 2026" (its default prefix) on it.
  { within: '.react-datepicker', pattern: /^[Mm]onth (.+)$/, nynorsk: 'månad $1' },
  // The time input's placeholder.
  { within: '.react-datepicker', pattern: /^Time$/, nynorsk: 'Tid' },
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

/**
 * Text react-datepicker writes from its English default props, by the element that holds it: the
 * time list's heading, the time input's caption, and the navigation buttons' hidden text.
 */
const TEXTS: { selector: string; english: string; nynorsk: string }[] = [
  { selector: '.react-datepicker-time__header', english: 'Time', nynorsk: 'Tid' },
  { selector: '.react-datepicker-time__caption', english: 'Time', nynorsk: 'Tid' },
  ...(['Previous Month', 'Next Month', 'Previous Year', 'Next Year'] as const).map((english) => ({
    selector: '.react-datepicker__navigation-icon',
    english,
    nynorsk: EXACT[english],
  })),
]

/** The Nynorsk for the text of an element matching `selector`, or null. */
export function nynorskForHardCodedText(text: string, selector: string): string | null {
  return TEXTS.find((t) => t.selector === selector && t.english === text.trim())?.nynorsk ?? null
}

const TEXT_HOLDERS = [...new Set(TEXTS.map((t) => t.selector))]

const PARTS = [...new Set(PREFIXES.map((p) => p.within))]

export const TRANSLATED_ATTRIBUTES = ['aria-label', 'title', 'placeholder'] as const

/** Rewrites the labels and picker texts of `root` and everything in it; returns how many it changed. */
export function translateHardCodedLabels(root: Element): number {
  let changed = 0
  for (const selector of TEXT_HOLDERS)
    for (const element of [root, ...root.querySelectorAll(selector)]) {
      // Only an element holding nothing but that text: React keeps updating its one text node.
      const only = element.childNodes.length === 1 ? element.firstChild : null
      if (!element.matches(selector) || only?.nodeType !== 3 /* Node.TEXT_NODE */) continue
      const nynorsk = nynorskForHardCodedText(only.nodeValue ?? '', selector)
      if (nynorsk) {
        only.nodeValue = nynorsk
        changed++
      }
    }
  const elements = [root, ...root.querySelectorAll('[aria-label],[title],[placeholder]')]
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
