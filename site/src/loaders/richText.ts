import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'

/**
 * Lexical's own list converters write `value` on every `<li>` (invalid inside `<ul>`: the Nu Html
 * Checker flags every bullet list) and empty `class`/`style` attributes. Numbered lists number
 * themselves from `start`, so plain `<li>` elements suffice.
 */
const listConverters: HTMLConverters = {
  list: ({ node, nodesToHTML }) => {
    const ordered = node.listType === 'number' || node.tag === 'ol'
    const start = ordered && node.start && node.start !== 1 ? ` start="${Number(node.start)}"` : ''
    const children = nodesToHTML({ nodes: node.children }).join('')
    return ordered ? `<ol${start}>${children}</ol>` : `<ul>${children}</ul>`
  },
  listitem: ({ node, nodesToHTML }) => `<li>${nodesToHTML({ nodes: node.children }).join('')}</li>`,
}

/** Lexical JSON from the CMS to HTML, at load time, so pages render plain strings. */
export function lexicalToHtml(state: unknown): string {
  if (!state || typeof state !== 'object' || !('root' in state)) return ''
  return convertLexicalToHTML({
    data: state as never,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({ ...defaultConverters, ...listConverters }),
  })
}

/** Localized rich text ({ nn, en }) to localized HTML. */
export function localizedHtml(value: unknown): { nn?: string; en?: string } {
  if (!value || typeof value !== 'object') return {}
  const v = value as Record<string, unknown>
  return { nn: v.nn ? lexicalToHtml(v.nn) : undefined, en: v.en ? lexicalToHtml(v.en) : undefined }
}
