/** Small helpers shared by the staff views: dates in Oslo time, the admin's language, links. */
import type { Locale } from '../../common/locales'
import { osloParts } from '../../common/oslo'

export type AdminLang = Locale

export const adminLang = (language: string | undefined): AdminLang =>
  language === 'en' ? 'en' : 'nn'

export const pick = (lang: AdminLang, nn: string, en: string) => (lang === 'en' ? en : nn)

const two = (n: number) => String(n).padStart(2, '0')

/** 02.12.2026: the Norwegian way in both admin languages (the office works in Norway). */
export function formatOsloDay(iso: string | Date): string {
  const p = osloParts(new Date(iso))
  return `${two(p.day)}.${two(p.month)}.${p.year}`
}

/** 02.12.2026 13:28, 24-hour clock, Oslo time. */
export function formatOsloDateTime(iso: string | Date): string {
  const p = osloParts(new Date(iso))
  return `${formatOsloDay(iso)} ${two(p.hour)}:${two(p.minute)}`
}

export function formatDay(iso: string | null | undefined, _lang?: AdminLang): string {
  return iso ? formatOsloDay(iso) : '–'
}

export const businessHref = (adminRoute: string, id: number) =>
  `${adminRoute}/collections/businesses/${id}`
export const courseHref = (adminRoute: string, id: number) =>
  `${adminRoute}/collections/courses/${id}`

export const PRIORITY_LABELS = {
  high: { nn: 'Høg', en: 'High' },
  medium: { nn: 'Middels', en: 'Medium' },
  low: { nn: 'Låg', en: 'Low' },
} as const

export const priorityLabel = (p: string, lang: AdminLang) =>
  PRIORITY_LABELS[p as keyof typeof PRIORITY_LABELS]?.[lang] ?? p
