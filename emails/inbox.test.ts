/**
 * What the inbox shows before the email is opened (the preview line) and how it looks in dark
 * mode: the confirmation, welcome and newsletter emails all say so.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { renderConfirmEmail, renderWelcomeEmail } from './render'

const office = {
  name: 'Næringskontoret i Vinje',
  postalAddress: 'Vinjevegen 192\n3890 Vinje',
  email: 'naering@vinje.example',
}

/** The text an inbox preview reads: the body's visible-or-hidden text from the start. */
const previewOf = (html: string) =>
  html
    .slice(html.indexOf('<body'))
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#847;|&zwnj;|&nbsp;|\u034f|\u200c|\u00a0/g, '·')
    .replace(/\s+/g, ' ')
    .trim()

describe('inbox preview (preheader)', () => {
  it('the confirmation email starts with its own preview line, padded so the header text does not follow it', async () => {
    for (const locale of ['nn', 'en'] as const) {
      const { html, text } = await renderConfirmEmail({
        locale,
        email: 'kari@example.no',
        office,
        confirmUrl: 'https://cms.example/api/newsletter/confirm?token=C',
      })
      const preview = previewOf(html)
      expect(preview).toMatch(locale === 'nn' ? /^Eitt klikk att: stadfest/ : /^One more click/)
      // Preview panes show up to ~140 characters: the padding fills them before the office name.
      const afterText = preview.slice(preview.indexOf('.') + 1)
      expect(afterText.indexOf(office.name)).toBeGreaterThan(140)
      expect(text).not.toContain('Eitt klikk att')
    }
  })

  it('the welcome email has a preview line too', async () => {
    const { html } = await renderWelcomeEmail({
      locale: 'nn',
      office,
      preferencesUrl: 'https://cms.example/p',
    })
    expect(previewOf(html)).toMatch(/^Her endrar du tema og språk/)
  })
})

describe('dark mode', () => {
  it('declares light and dark support and carries dark styles that survive inlining', async () => {
    const { html } = await renderConfirmEmail({
      locale: 'nn',
      email: 'kari@example.no',
      office,
      confirmUrl: 'https://cms.example/c',
    })
    const head = html.slice(0, html.indexOf('<body'))
    expect(head).toContain('<meta name="color-scheme" content="light dark"')
    expect(head).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{[\s\S]*\.nh-card/)
    expect(html).toMatch(/class="[^"]*nh-card/)
  })

  it('every template (newsletter included) has the same color-scheme and padded preheader', () => {
    for (const name of ['confirm', 'welcome', 'newsletter']) {
      const mjml = fs.readFileSync(
        path.join(import.meta.dirname, 'templates', `${name}.mjml`),
        'utf8',
      )
      expect(mjml, name).toContain('content="light dark"')
      expect(mjml, name).toMatch(/\{\{preheader\}\}(&#847;&zwnj;&nbsp;){50,}/)
    }
  })
})
