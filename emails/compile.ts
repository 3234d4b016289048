/**
 * MJML → HTML with strict validation: a template error stops the render with the line and the
 * reason, instead of an email that looks broken in Outlook. mjml is imported lazily (~0.4 s) so
 * modules that only send never pay for it.
 */
import { convert } from 'html-to-text'

export class TemplateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TemplateError'
  }
}

type Mjml2Html = (
  source: string,
  options: Record<string, unknown>,
) => Promise<{ html: string; errors: { formattedMessage?: string; message: string }[] }>
let mjml: Promise<Mjml2Html> | undefined
const loadMjml = () =>
  (mjml ??= import('mjml').then((m) => ((m as { default?: unknown }).default ?? m) as Mjml2Html))

/** MJML's indentation is a third of its output: drop it (no <pre> in our emails, so it is safe). */
const squeeze = (html: string) => html.replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n')

export async function compileMjml(source: string, name: string): Promise<string> {
  const mjml2html = await loadMjml()
  try {
    const result = await mjml2html(source, { validationLevel: 'strict', keepComments: true })
    return squeeze(result.html)
  } catch (err) {
    const e = err as { errors?: { formattedMessage?: string; message: string }[]; message: string }
    const details = e.errors?.map((x) => x.formattedMessage ?? x.message).join('; ') ?? e.message
    throw new TemplateError(`The ${name} template is not valid MJML: ${details}`)
  }
}

/** Plain text of (a fragment of) compiled HTML: headings as lines, links as "text [url]". */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: 78,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: '.nh-preheader', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      {
        selector: 'h3',
        options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 },
      },
      { selector: 'table', format: 'block' },
    ],
  }).trim()
}
