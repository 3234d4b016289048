/**
 * The small HTML pages the endpoints answer browsers with: one column, the reader's language,
 * real labels and buttons, WCAG AA contrast, no scripts (the CSP forbids them).
 */
import { escapeHtml } from '../../common/html'
import { type Locale } from '../../common/locales'
import { href } from '../../common/routes'
import { env } from '../env'

const BACK = { nn: 'Til framsida av nettstaden', en: 'To the website’s front page' }
const FALLBACK_OFFICE = { nn: 'Næringskontoret', en: 'The business office' }

/**
 * These pages are served from the admin's address; the header and footer lead back to the public
 * site, so nobody who followed an email link is left on a dead end.
 */
export function page(locale: Locale, title: string, body: string, officeName = ''): string {
  const home = `${env().siteUrl}${href(locale)}`
  const office = officeName || FALLBACK_OFFICE[locale]
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}${officeName ? ` · ${escapeHtml(officeName)}` : ''}</title>
<style>
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#eef0ec}
header{background:#1f4d3a;color:#fff;padding:14px 20px;font-weight:bold}header a.home{color:#fff;text-decoration:none}header a.home:hover{text-decoration:underline}footer{max-width:38rem;margin:0 auto 32px;padding:0 24px}
main{max-width:38rem;margin:24px auto;background:#fff;padding:24px;border-radius:6px}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 12px}h2{font-size:1.2rem;margin:28px 0 8px}
a{color:#0b5a8a}button{font:inherit;background:#1f4d3a;color:#fff;border:0;border-radius:4px;padding:10px 18px;cursor:pointer}
button.secondary{background:#fff;color:#1f4d3a;border:2px solid #1f4d3a}button.danger{background:#a4161a}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #e0a100;outline-offset:2px}
fieldset{border:1px solid #b8bdb4;border-radius:4px;margin:0 0 16px;padding:8px 14px}legend{font-weight:bold;padding:0 4px}
label{display:block;margin:6px 0}.hint{color:#4a4a4a;font-size:.95rem;margin:0 0 6px}
.notice{background:#e6f2ea;border-left:4px solid #1f4d3a;padding:10px 14px}.error{background:#fbeaea;border-left:4px solid #a4161a;padding:10px 14px}
</style></head>
<body><header><a class="home" href="${escapeHtml(home)}">${escapeHtml(office)}</a></header><main>
<h1>${escapeHtml(title)}</h1>
${body}
</main><footer><a href="${escapeHtml(home)}">${escapeHtml(BACK[locale])}</a></footer></body></html>`
}

export const paragraph = (text: string, cls?: string) =>
  `<p${cls ? ` class="${cls}"${cls === 'error' || cls === 'notice' ? ' role="status"' : ''}` : ''}>${escapeHtml(text)}</p>`

export const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`

export const postForm = (action: string, fields: string, button: string, buttonClass = '') =>
  `<form method="post" action="${escapeHtml(action)}">${fields}<p><button type="submit"${buttonClass ? ` class="${buttonClass}"` : ''}>${escapeHtml(button)}</button></p></form>`
