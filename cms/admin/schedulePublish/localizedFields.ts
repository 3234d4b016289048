/**
 * Whether a collection has fields kept per language: the publish button then offers "Publish in
 * Nynorsk" beside publishing all languages. Payload's own check (traverseForLocalizedFields in
 * @payloadcms/ui) is not exported; this is the same walk through nested fields.
 */
import type { ClientField } from 'payload'

type Nested = { localized?: boolean; fields?: ClientField[] }

export function hasLocalizedFields(fields: ClientField[]): boolean {
  return fields.some((field) => {
    if ('localized' in field && field.localized) return true
    if ('fields' in field && field.fields && hasLocalizedFields(field.fields)) return true
    if (field.type === 'blocks')
      return (field.blocks ?? []).some((block) => hasLocalizedFields(block.fields ?? []))
    if (field.type === 'tabs')
      return (field.tabs as Nested[]).some(
        (tab) => tab.localized || (tab.fields ? hasLocalizedFields(tab.fields) : false),
      )
    return false
  })
}
