import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** Lexical JSON from the CMS to HTML, at load time, so pages render plain strings. */
export function lexicalToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return convertLexicalToHTML({ data: state as never, disableContainer: true })
}

/** Localized rich text ({ nn, en }) to localized HTML. */
export function localizedHtml(value: unknown): { nn?: string; en?: string } {
  if (!value || typeof value !== 'object') return {}
  const v = value as Record<string, unknown>
  return { nn: v.nn ? lexicalToHtml(v.nn) : undefined, en: v.en ? lexicalToHtml(v.en) : undefined }
}
