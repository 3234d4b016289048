/**
 * A draft as the reader will see it, before it is published: the static site can only show what is
 * published, so the CMS renders the page itself for staff, in the site's look (its stylesheet),
 * with a banner saying it is a preview.
 */
import fs from 'node:fs'
import path from 'node:path'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { escapeHtml } from '../../common/html'
import type { Locale } from '../../common/locales'
import { formatDate, formatRange } from '../../common/oslo'

let siteCss: string | undefined
/** The public site's own stylesheet, so the preview looks like the page will. */
function stylesheet(): string {
  siteCss ??= (() => {
    try {
      return fs.readFileSync(path.resolve('site/src/styles/global.css'), 'utf8')
    } catch {
      return ''
    }
  })()
  return siteCss
}

const BANNER = {
  nn: 'Førehandsvising: slik blir sida sjåande ut. Ho er ikkje publisert før du publiserer.',
  en: 'Preview: this is how the page will look. It is not public until you publish it.',
}

export interface PreviewDocument {
  title?: string | null
  excerpt?: string | null
  body?: unknown
  description?: unknown
  startsAt?: string | null
  endsAt?: string | null
  venue?: string | null
  publishedAt?: string | null
  heroImage?: { url?: string | null; alt?: string | null } | number | null
}

const richHtml = (data: unknown) =>
  data && typeof data === 'object' && 'root' in data
    ? convertLexicalToHTML({ data: data as SerializedEditorState, disableContainer: true })
    : ''

export function renderPreview(doc: PreviewDocument, locale: Locale, serverUrl: string): string {
  const image = typeof doc.heroImage === 'object' && doc.heroImage?.url ? doc.heroImage : null
  const when = doc.startsAt ? formatRange(doc.startsAt, doc.endsAt, locale) : null
  const date = !when && doc.publishedAt ? formatDate(doc.publishedAt, locale) : null
  const meta = [when, doc.venue, date].filter(Boolean).map((x) => escapeHtml(String(x)))
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(doc.title ?? '')}</title>
<style>${stylesheet()}
.preview-banner{background:#fff3c4;border-bottom:2px solid #e0a100;padding:10px 16px;font-weight:600}
</style></head><body>
<p class="preview-banner" role="status">${escapeHtml(BANNER[locale])}</p>
<main id="main" class="container"><article>
<h1>${escapeHtml(doc.title || '—')}</h1>
${meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : ''}
${doc.excerpt ? `<p class="lead">${escapeHtml(doc.excerpt)}</p>` : ''}
${image ? `<img src="${escapeHtml(new URL(image.url!, serverUrl).toString())}" alt="${escapeHtml(image.alt ?? '')}" style="max-width:100%;height:auto">` : ''}
<div class="prose">${richHtml(doc.body ?? doc.description)}</div>
</article></main></body></html>`
}
