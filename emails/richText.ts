/**
 * Rich text from the CMS (Lexical) as HTML that survives email clients: Payload's converter, then
 * the attributes mail clients ignore or mangle (classes, empty styles, list values) removed and
 * the few styles that matter inlined. Upload and relationship nodes are left out: images belong in
 * article cards, and a relationship has no address in an email.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

const INLINE_STYLE: Record<string, string> = {
  p: 'margin:0 0 12px 0;',
  h2: 'font-size:21px;line-height:1.3;margin:20px 0 8px 0;',
  h3: 'font-size:18px;line-height:1.3;margin:16px 0 6px 0;',
  h4: 'font-size:16px;line-height:1.3;margin:16px 0 6px 0;',
  ul: 'margin:0 0 12px 0;padding-left:24px;',
  ol: 'margin:0 0 12px 0;padding-left:24px;',
  li: 'margin:0 0 4px 0;',
  blockquote: 'margin:0 0 12px 0;padding-left:12px;border-left:3px solid #1f4d3a;',
  a: 'color:#0b5a8a;text-decoration:underline;',
}

export function richTextToEmailHtml(data: unknown): string {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  const html = convertLexicalToHTML({
    data: data as SerializedEditorState,
    disableContainer: true,
    converters: ({ defaultConverters }) => ({
      ...defaultConverters,
      upload: () => '',
      relationship: () => '',
    }),
  })
  return (
    html
      // h1 is the subject: headings inside the text start one level lower.
      .replace(/<(\/?)h1\b/g, '<$1h2')
      .replace(/\s(class|value)="[^"]*"/g, '')
      .replace(/\sstyle=""/g, '')
      .replace(
        /<(p|h2|h3|h4|ul|ol|li|blockquote|a)(\s|>)/g,
        (_, tag: string, after: string) => `<${tag} style="${INLINE_STYLE[tag]}"${after}`,
      )
      .replace(/\s+>/g, '>')
  )
}
