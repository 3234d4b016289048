/**
 * The templates' tiny language: `{{name}}` inserts an escaped value, `{{{name}}}` trusted markup
 * built by the renderer. A name the caller did not give is an error, not an empty string: a typo
 * must fail the render, not send an email with a hole in it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { escapeHtml } from '../common/html'

/** Resolved from the repository root, where scripts, tests and `next start cms` all run. */
export const TEMPLATE_DIR = path.resolve('emails/templates')

const cache = new Map<string, string>()

export function readTemplate(name: string): string {
  let source = cache.get(name)
  if (source === undefined) {
    source = fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.mjml`), 'utf8')
    cache.set(name, source)
  }
  return source
}

export function fill(
  template: string,
  values: Record<string, string | number | undefined>,
  name = 'template',
): string {
  return template.replace(/\{\{(\{?)\s*(\w+)\s*\}?\}\}/g, (_, raw: string, key: string) => {
    const value = values[key]
    if (value === undefined) throw new Error(`${name}: no value for {{${key}}}`)
    return raw ? String(value) : escapeHtml(String(value))
  })
}

export const renderPartial = (name: string, values: Record<string, string | number | undefined>) =>
  fill(readTemplate(name), values, name)
