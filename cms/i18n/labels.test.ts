/**
 * Every word of ours the admin shows exists in Nynorsk and English: collection names, field
 * labels, tabs, array rows, select options and help texts. Payload invents English labels from
 * field names ("Starts At", "Recorded At") wherever one is missing; this walk finds them first.
 */
import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { collections } from '../collections'
import { SiteSettings } from '../globals/SiteSettings'

type Text = unknown

/** A text is bilingual when it is {nn, en} or a function giving a string in both languages. */
function isBilingual(text: Text): boolean {
  if (typeof text === 'function') {
    const inLanguage = (language: string) =>
      text({ i18n: { language }, t: (key: string) => key } as never)
    const [nn, en] = [inLanguage('nn'), inLanguage('en')]
    return typeof nn === 'string' && typeof en === 'string' && nn !== '' && en !== ''
  }
  if (!text || typeof text !== 'object') return false
  const { nn, en } = text as Record<string, unknown>
  return typeof nn === 'string' && nn !== '' && typeof en === 'string' && en !== ''
}

function problemsOf(fields: Field[], where: string): string[] {
  return fields.flatMap((field): string[] => {
    const f = field as Field & {
      name?: string
      label?: Text
      labels?: { singular?: Text; plural?: Text }
      hidden?: boolean
      admin?: { hidden?: boolean; description?: Text }
      options?: unknown[]
      fields?: Field[]
      tabs?: { label?: Text; fields: Field[] }[]
    }
    const at = `${where}.${f.name ?? f.type}`
    if (f.hidden || f.admin?.hidden) return []
    const problems: string[] = []
    const needsLabel = f.type !== 'row' && f.type !== 'tabs' && f.type !== 'ui'
    if (needsLabel && f.label !== false && !isBilingual(f.label)) problems.push(`${at}: label`)
    if (f.admin?.description !== undefined && !isBilingual(f.admin.description))
      problems.push(`${at}: description`)
    for (const option of f.options ?? []) {
      const o = option as { value?: string; label?: Text }
      if (!isBilingual(o?.label)) problems.push(`${at}: option ${o?.value ?? String(option)}`)
    }
    if (f.type === 'array') {
      if (!isBilingual(f.labels?.singular) || !isBilingual(f.labels?.plural))
        problems.push(`${at}: row labels`)
    }
    if (f.tabs) {
      for (const tab of f.tabs) {
        if (!isBilingual(tab.label)) problems.push(`${at}: tab label`)
        problems.push(...problemsOf(tab.fields, at))
      }
    }
    if (f.fields) problems.push(...problemsOf(f.fields, at))
    return problems
  })
}

describe('admin labels in Nynorsk and English', () => {
  it.each(collections.map((c) => [c.slug, c] as const))('%s', (_slug, collection) => {
    const c = collection as CollectionConfig
    const problems = problemsOf(c.fields, c.slug)
    if (!isBilingual(c.labels?.singular) || !isBilingual(c.labels?.plural))
      problems.push(`${c.slug}: collection labels`)
    if (c.admin?.group !== undefined && !isBilingual(c.admin.group))
      problems.push(`${c.slug}: group`)
    expect(problems).toEqual([])
  })

  it('site settings', () => {
    const g = SiteSettings as GlobalConfig
    const problems = problemsOf(g.fields, g.slug)
    if (!isBilingual(g.label)) problems.push('site-settings: label')
    expect(problems).toEqual([])
  })
})
