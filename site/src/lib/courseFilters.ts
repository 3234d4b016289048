/** The course catalogue's filters: options from the courses shown, and the CSS that applies them. */
import { byId, topics } from '../data'
import { formatMonth, osloDay } from '../../../common/oslo'
import type { Locale } from '../../../common/routes'
import { optionLabel, tr } from '../i18n/strings'
import { t } from './localize'
import type { SiteCourse } from './types'

export const priceOf = (c: SiteCourse) => (c.price?.free ? 'free' : 'paid')
/** The first session's Oslo month (YYYY-MM), or `any` for self-paced courses. */
export const startOf = (c: SiteCourse) => {
  const first = c.sessions?.[0]?.startsAt
  return first ? osloDay(first).slice(0, 7) : 'any'
}
const unique = <V>(values: V[]) => [...new Set(values)]

export interface FilterGroup {
  key: string
  legend: string
  options: { value: string; label: string }[]
}

export async function catalogueFilters(courses: SiteCourse[], locale: Locale) {
  const s = tr(locale)
  const topicById = await byId(topics())
  const monthIso = (ym: string) => `${ym}-15T12:00:00Z`
  const groups: FilterGroup[] = [
    {
      key: 'topic',
      legend: s.topics,
      options: unique(courses.flatMap((c) => c.topics))
        .map((id) => topicById.get(id))
        .filter((x) => x !== undefined)
        .map((x) => ({ value: x.slug, label: t(x.name, locale) ?? x.slug }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    },
    {
      key: 'format',
      legend: s.format,
      options: unique(courses.map((c) => c.format)).map((f) => ({
        value: f,
        label: optionLabel(f, locale),
      })),
    },
    {
      key: 'level',
      legend: s.level,
      options: unique(courses.map((c) => c.level).filter((l) => l != null)).map((l) => ({
        value: l,
        label: optionLabel(l, locale),
      })),
    },
    {
      key: 'price',
      legend: s.price,
      options: unique(courses.map(priceOf)).map((p) => ({
        value: p,
        label: p === 'free' ? s.free : s.paid,
      })),
    },
    {
      key: 'start',
      legend: s.startMonth,
      options: unique(courses.map(startOf))
        .sort()
        .map((m) => ({
          value: m,
          label: m === 'any' ? s.anyTime : formatMonth(monthIso(m), locale),
        })),
    },
  ].filter((g) => g.options.length > 1)

  const id = (key: string, value: string) => `f-${key}-${value}`
  // One rule per option: when it is checked, courses without that value are hidden.
  const css = groups
    .flatMap((g) =>
      g.options.map(
        (o) =>
          `.catalogue:has(#${id(g.key, o.value)}:checked) .course:not([data-${g.key}~="${o.value}"]){display:none}`,
      ),
    )
    .join('\n')

  return { groups, css, id }
}
