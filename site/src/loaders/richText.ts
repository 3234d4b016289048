import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'

type ListNode = { tag?: string; listType?: string; start?: number }
type ListItemNode = { children: { type: string }[]; value?: number }

/**
 * Lexical's own list converters write `value` on every `<li>` (invalid inside `<ul>`: the Nu Html
 * Checker flags every bullet list) and empty `class`/`style` attributes. Numbered lists number
 * themselves from `start`, so plain `<li>` elements suffice.
 */
const listConverters: HTMLConverters = {
  list: ({ node, nodesToHTML }) => {
    const list = node as unknown as ListNode
    const ordered = list.listType === 'number' || list.tag === 'ol'
    const start = ordered && list.start && list.start !== 1 ? ` start="${Number(list.start)}"` : ''
    const children = nodesToHTML({ nodes: (node as { children: never[] }).children }).join('')
    return ordered ? `<ol${start}>${children}</ol>` : `<ul>${children}</ul>`
  },
  listitem: ({ node, nodesToHTML }) => {
    const item = node as unknown as ListItemNode
    return `<li>${nodesToHTML({ nodes: item.children as never[] }).join('')}</li>`
  },
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
