/** Small helpers shared by the staff views: dates in Oslo time, the admin's language, links. */
export type AdminLang = 'nn' | 'en'

export const adminLang = (language: string | undefined): AdminLang => (language === 'en' ? 'en' : 'nn')

export const pick = (lang: AdminLang, nn: string, en: string) => (lang === 'en' ? en : nn)

export function formatDay(iso: string | null | undefined, lang: AdminLang): string {
  if (!iso) return '–'
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nn-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso))
}

export const businessHref = (adminRoute: string, id: number) => `${adminRoute}/collections/businesses/${id}`
export const courseHref = (adminRoute: string, id: number) => `${adminRoute}/collections/courses/${id}`

export const PRIORITY_LABELS = {
  high: { nn: 'Høg', en: 'High' },
  medium: { nn: 'Middels', en: 'Medium' },
  low: { nn: 'Låg', en: 'Low' },
} as const

export const priorityLabel = (p: string, lang: AdminLang) => PRIORITY_LABELS[p as keyof typeof PRIORITY_LABELS]?.[lang] ?? p
