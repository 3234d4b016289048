/** Meta descriptions from rich text: search engines show about 155 characters. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
}

/** Plain text of an HTML fragment: tags dropped, the few entities the converter writes decoded. */
export function plainText(html: string | null | undefined): string {
  return (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim()
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function summarize(text: string | null | undefined, max = 155): string | undefined {
  const plain = plainText(text)
  if (!plain) return undefined
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:–-]+$/, '')}…`
}

/** Fills `{name}` placeholders of an interface text. */
export const fill = (template: string, values: Record<string, string | undefined>) =>
  template
    .replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
