'use client'
/**
 * The editor's panel on a newsletter issue: fill from what was published, preview (desktop 600 px
 * and phone 375 px, plus the plain text), send a test, schedule or send now, and follow the send
 * and its report. Every action is an endpoint in cms/endpoints/newsletterAdmin.
 */
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { type Lang, workflowTexts } from './texts'

interface Preview {
  html: string
  text: string
  htmlBytes: number
  targetBytes: number
  maxBytes: number
}

interface Progress {
  status: string
  scheduledAt: string | null
  sentAt: string | null
  recipients: { pending: number; submitting: number; submitted: number; failed: number; total: number }
  report: Record<string, number | string | null> | null
  job: { state: string; waitUntil: string | null; hasError: boolean } | null
}

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 16 }
const row: React.CSSProperties = { display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }

export const NewsletterWorkflow: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = workflowTexts[(i18n.language === 'en' ? 'en' : 'nb') as Lang]
  const base = `${config.routes.api}/newsletters/${id}`

  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [locale, setLocale] = useState<'nn' | 'en'>('nn')
  const [width, setWidth] = useState<600 | 375>(600)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [addresses, setAddresses] = useState('')
  const [progress, setProgress] = useState<Progress | null>(null)

  const call = useCallback(
    async (path: string, init?: RequestInit) => {
      const res = await fetch(`${base}/${path}`, { credentials: 'include', headers: { 'Content-Type': 'application/json' }, ...init })
      const body = await res.json().catch(() => ({}))
      if (!res.ok) throw new Error(body.error ?? `${res.status}`)
      return body
    },
    [base],
  )

  const act = async (fn: () => Promise<string | void>) => {
    setBusy(true)
    setMessage(null)
    try {
      const text = await fn()
      if (text) setMessage({ kind: 'ok', text })
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) })
    } finally {
      setBusy(false)
    }
  }

  const refresh = useCallback(async () => {
    if (id) setProgress(await call('progress').catch(() => null))
  }, [call, id])

  useEffect(() => {
    void refresh()
    const active = progress?.status === 'sending' || progress?.status === 'scheduled'
    if (!active) return
    const timer = setInterval(() => void refresh(), 3000)
    return () => clearInterval(timer)
  }, [refresh, progress?.status])

  if (!id) return <div style={box}>{t.saveFirst}</div>

  const fill = () =>
    act(async () => {
      const r = await call('fill', { method: 'POST' })
      setTimeout(() => window.location.reload(), 1200)
      return t.filled(r.added.articles, r.added.events, r.added.courses)
    })
  const showPreview = () => act(async () => setPreview(await call(`preview?locale=${locale}`)))
  const sendTest = () =>
    act(async () => {
      const r = await call('test', { method: 'POST', body: JSON.stringify({ addresses, locale }) })
      return t.testSent(r.addresses.join(', '))
    })
  const schedule = () =>
    act(async () => {
      const r = await call('schedule', { method: 'POST', body: '{}' })
      await refresh()
      return t.scheduled(new Date(r.scheduledAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { timeZone: 'Europe/Oslo' }))
    })
  const unschedule = () =>
    act(async () => {
      await call('unschedule', { method: 'POST' })
      await refresh()
      return t.unscheduled
    })
  const sendNow = () =>
    act(async () => {
      if (!window.confirm(t.confirmSendNow)) return
      await call('send-now', { method: 'POST' })
      await refresh()
      return t.queued
    })

  const status = progress?.status ?? 'draft'
  const r = progress?.recipients
  const report = progress?.report

  return (
    <div style={{ marginBottom: 24 }}>
      <h3 style={{ marginBottom: 8 }}>{t.heading}</h3>
      {message && (
        <p role="status" style={{ padding: 8, borderLeft: `4px solid ${message.kind === 'ok' ? 'var(--theme-success-500)' : 'var(--theme-error-500)'}` }}>
          {message.text}
        </p>
      )}

      <div style={box}>
        <h4>{t.compose}</h4>
        <div style={row}>
          <Button buttonStyle="secondary" disabled={busy || !['draft', 'scheduled'].includes(status)} onClick={fill}>
            {t.fill}
          </Button>
        </div>
      </div>

      <div style={box}>
        <h4>{t.previewHeading}</h4>
        <div style={row}>
          <label>
            {t.language}{' '}
            <select value={locale} onChange={(e) => setLocale(e.target.value as 'nn' | 'en')}>
              <option value="nn">Nynorsk</option>
              <option value="en">English</option>
            </select>
          </label>
          <Button buttonStyle="secondary" disabled={busy} onClick={showPreview}>
            {t.showPreview}
          </Button>
          {preview && (
            <>
              <Button buttonStyle={width === 600 ? 'primary' : 'secondary'} onClick={() => setWidth(600)}>
                {t.desktop}
              </Button>
              <Button buttonStyle={width === 375 ? 'primary' : 'secondary'} onClick={() => setWidth(375)}>
                {t.mobile}
              </Button>
            </>
          )}
        </div>
        {preview && (
          <>
            <p style={{ color: preview.htmlBytes > preview.targetBytes ? 'var(--theme-warning-700)' : undefined }}>
              {t.size(Math.ceil(preview.htmlBytes / 1024), preview.targetBytes / 1024, preview.maxBytes / 1024)}
            </p>
            <iframe title={t.previewHeading} sandbox="" srcDoc={preview.html} style={{ width, height: 900, border: '1px solid var(--theme-elevation-150)', background: '#fff' }} />
            <details>
              <summary>{t.plainText}</summary>
              <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 500, overflow: 'auto' }}>{preview.text}</pre>
            </details>
          </>
        )}
      </div>

      <div style={box}>
        <h4>{t.testHeading}</h4>
        <div style={row}>
          <label style={{ flex: '1 1 20rem' }}>
            {t.testAddresses}
            <input type="text" value={addresses} onChange={(e) => setAddresses(e.target.value)} placeholder="namn@vinje.no, ..." style={{ width: '100%' }} />
          </label>
          <Button buttonStyle="secondary" disabled={busy || !addresses.trim()} onClick={sendTest}>
            {t.sendTest}
          </Button>
        </div>
      </div>

      <div style={box}>
        <h4>{t.sendHeading}</h4>
        <p>
          {t.statusLabel}: <strong>{t.status[status as keyof typeof t.status] ?? status}</strong>
          {progress?.scheduledAt && status === 'scheduled' && ` · ${new Date(progress.scheduledAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { timeZone: 'Europe/Oslo' })}`}
          {progress?.job && ` · ${t.job(progress.job.state)}`}
        </p>
        <div style={row}>
          <Button disabled={busy || !['draft', 'scheduled'].includes(status)} onClick={schedule}>
            {t.schedule}
          </Button>
          {status === 'scheduled' && (
            <Button buttonStyle="secondary" disabled={busy} onClick={unschedule}>
              {t.unschedule}
            </Button>
          )}
          <Button buttonStyle="secondary" disabled={busy || !['draft', 'scheduled', 'failed'].includes(status)} onClick={sendNow}>
            {status === 'failed' ? t.resume : t.sendNow}
          </Button>
        </div>
        {r && r.total > 0 && (
          <>
            <progress max={r.total} value={r.submitted} style={{ width: '100%' }} aria-label={t.progressLabel} />
            <p>{t.progress(r.submitted, r.total, r.failed)}</p>
          </>
        )}
        {report && (status === 'sent' || status === 'failed' || status === 'sending') && (
          <table style={{ borderCollapse: 'collapse' }}>
            <tbody>
              {(['recipients', 'sent', 'failed', 'delivered', 'bounced', 'complained', 'unsubscribed'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row" style={{ textAlign: 'left', paddingRight: 16 }}>
                    {t.report[k]}
                  </th>
                  <td>{String(report[k] ?? 0)}</td>
                </tr>
              ))}
              {report.lastError && (
                <tr>
                  <th scope="row" style={{ textAlign: 'left', paddingRight: 16 }}>
                    {t.report.lastError}
                  </th>
                  <td>{String(report.lastError)}</td>
                </tr>
              )}
            </tbody>
          </table>
        )}
      </div>
    </div>
  )
}
