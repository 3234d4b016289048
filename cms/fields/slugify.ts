/** URL slugs from Norwegian titles: æ/ø/å spelled out so links stay readable in every mail client. */
const NORDIC: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u' }

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöü]/g, (c) => NORDIC[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
