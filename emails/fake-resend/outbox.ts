/**
 * The developer's outbox, like MailHog: every email the fake accepted, newest first, and each one
 * rendered in a sandboxed iframe (no scripts, no same-origin access) with its headers and text part.
 */
import { escapeHtml } from '../../common/html'
import type { RecordedMessage } from './types'

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Fake Resend outbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#f6f6f4}
header{background:#1f4d3a;color:#fff;padding:12px 20px}header a{color:#fff}
main{padding:16px 20px;max-width:1200px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #ddd;vertical-align:top;font-size:14px}
th{background:#eee}a{color:#0b5a8a}code,pre{font-family:ui-monospace,monospace;font-size:13px}
pre{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:12px;max-height:480px;overflow:auto}
iframe{width:100%;height:900px;border:1px solid #ccc;background:#fff}
.widths button{margin-right:8px}
</style></head><body><header><strong>Fake Resend outbox</strong> · <a href="/outbox">all emails</a></header><main>${body}</main></body></html>`

export function outboxList(messages: RecordedMessage[], limit = 500): string {
  const rows = messages
    .slice(-limit)
    .reverse()
    .map(
      (
        m,
      ) => `<tr><td>${escapeHtml(m.createdAt.slice(11, 19))}</td><td>${escapeHtml(m.to.join(', '))}</td>
<td><a href="/outbox/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td>
<td>${m.tags.map((t) => `<code>${escapeHtml(t.name)}=${escapeHtml(t.value)}</code>`).join(' ')}</td><td>${Math.round((m.html?.length ?? 0) / 1024)} KB</td></tr>`,
    )
    .join('\n')
  const shown = Math.min(limit, messages.length)
  return page(
    'Outbox',
    `<h1>Outbox</h1><p>${messages.length} email(s) accepted${shown < messages.length ? `; the newest ${shown} shown` : ''}.</p>
<table><thead><tr><th scope="col">Time (UTC)</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Tags</th><th scope="col">HTML</th></tr></thead><tbody>${rows}</tbody></table>`,
  )
}

export function outboxMessage(m: RecordedMessage): string {
  const headerRows = [
    ['From', m.from],
    ['To', m.to.join(', ')],
    ['Subject', m.subject],
    ...(m.replyTo ? [['Reply-To', m.replyTo.join(', ')]] : []),
    ...Object.entries(m.headers),
    ['Tags', m.tags.map((t) => `${t.name}=${t.value}`).join(', ')],
    ...(m.attachments?.length
      ? [
          [
            'Attachments',
            m.attachments
              .map((a) => `${a.filename} (${a.content_type ?? 'type from name'})`)
              .join(', '),
          ],
        ]
      : []),
    ['Idempotency-Key (request)', m.idempotencyKey ?? '—'],
    ['Accepted', m.createdAt],
  ]
  return page(
    m.subject,
    `<h1>${escapeHtml(m.subject)}</h1>
<table><tbody>${headerRows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</tbody></table>
<h2>HTML</h2>
<p class="widths">Width: <button type="button" onclick="document.getElementById('mail').style.width='600px'">600 px</button><button type="button" onclick="document.getElementById('mail').style.width='375px'">375 px</button><button type="button" onclick="document.getElementById('mail').style.width='100%'">full</button></p>
${m.html ? `<iframe id="mail" title="The email's HTML part" sandbox="" srcdoc="${escapeHtml(m.html)}"></iframe>` : '<p>No HTML part.</p>'}
<h2>Text</h2><pre>${escapeHtml(m.text ?? '(no text part)')}</pre>`,
  )
}
