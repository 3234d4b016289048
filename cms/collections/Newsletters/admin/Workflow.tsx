'use client'
/**
 * The editor's panel on a newsletter issue: fill from what was published, preview (desktop 600 px
 * and phone 375 px, plus the plain text), send a test, schedule or send now, and follow the send
 * and its report. Every action is an endpoint in ../endpoints, whose answers' types this file imports.
 */
import type { Locale } from '../../../../common/locales'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { formatOsloDateTime } from '../../../admin/format'
import type { PreviewResponse, SendProgress } from '../endpoints/types'
import { type Lang, workflowTexts } from './texts'

type Preview = PreviewResponse
type Progress = SendProgress

/** The stuck-send controls' words (kept here until texts.ts takes them in with the rest). */
const recoveryTexts = {
  nn: {
    stuck: 'Utsendinga stoppa undervegs (tenaren vart stoppa). Ho held fram der ho slapp.',
    resume: 'Hald fram med sendinga',
    resumed: 'Utsendinga held fram om nokre sekund.',
    uncertain: (n: number) =>
      `${n} e-postar kan ha gått ut for meir enn eitt døgn sidan. Resend hugsar dei ikkje lenger, så vi veit ikkje om dei kom fram. Vel sjølv:`,
    resend: 'Send dei på nytt (nokre kan få to)',
    countSent: 'Rekn dei som sende (nokre kan få ingen)',
    decided: 'Avgjerda er lagra; utsendinga held fram.',
    refused: (n: number) => `${n} adresser vart avviste av Resend og er sperra.`,
  },
  en: {
    stuck: 'The send stopped part-way (the server was stopped). It carries on where it left off.',
    resume: 'Resume sending',
    resumed: 'The send resumes within a few seconds.',
    uncertain: (n: number) =>
      `${n} emails may have gone out more than a day ago. Resend no longer remembers them, so nobody can tell whether they arrived. Choose:`,
    resend: 'Send them again (some may get two)',
    countSent: 'Count them as sent (some may get none)',
    decided: 'Decision saved; the send carries on.',
    refused: (n: number) => `${n} addresses were refused by Resend and are suppressed.`,
  },
}

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 16,
  marginBottom: 16,
}
const row: React.CSSProperties = { display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }

export const NewsletterWorkflow: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = workflowTexts[(i18n.language === 'en' ? 'en' : 'nn') as Lang]
  const rt = recoveryTexts[i18n.language === 'en' ? 'en' : 'nn']
  const base = `${config.routes.api}/newsletters/${id}`

  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [locale, setLocale] = useState<Locale>('nn')
  const [width, setWidth] = useState<600 | 375>(600)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [addresses, setAddresses] = useState('')
  const [progress, setProgress] = useState<Progress | null>(null)
  // Until the status has been read in the browser, no button acts: a click on the page as
  // the server drew it (before React took over) would do nothing, and "Send now" must not offer
  // itself for an issue that is already on its way.
  const [known, setKnown] = useState(false)

  const call = useCallback(
    async (path: string, init?: RequestInit) => {
      const res = await fetch(`${base}/${path}`, {
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        ...init,
      })
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
    setKnown(true)
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
      return t.scheduled(formatOsloDateTime(r.scheduledAt))
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

  const resume = () =>
    act(async () => {
      await call('resume', { method: 'POST' })
      await refresh()
      return rt.resumed
    })
  const decide = (decision: 'resend' | 'sent') =>
    act(async () => {
      await call('uncertain', { method: 'POST', body: JSON.stringify({ decision }) })
      await refresh()
      return rt.decided
    })

  const status = progress?.status ?? 'draft'
  const r = progress?.recipients
  const report = progress?.report

  return (
    <div style={{ marginBottom: 24 }}>
      <h3 style={{ marginBottom: 8 }}>{t.heading}</h3>
      {message && (
        <p
          role="status"
          style={{
            padding: 8,
            borderLeft: `4px solid ${message.kind === 'ok' ? 'var(--theme-success-500)' : 'var(--theme-error-500)'}`,
          }}
        >
          {message.text}
        </p>
      )}

      <div style={box}>
        <h4>{t.compose}</h4>
        <div style={row}>
          <Button
            buttonStyle="secondary"
            disabled={!known || busy || !['draft', 'scheduled'].includes(status)}
            onClick={fill}
          >
            {t.fill}
          </Button>
        </div>
      </div>

      <div style={box}>
        <h4>{t.previewHeading}</h4>
        <div style={row}>
          <label>
            {t.language}{' '}
            <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="nn">Nynorsk</option>
              <option value="en">English</option>
            </select>
          </label>
          <Button buttonStyle="secondary" disabled={!known || busy} onClick={showPreview}>
            {t.showPreview}
          </Button>
          {preview && (
            <>
              <Button
                buttonStyle={width === 600 ? 'primary' : 'secondary'}
                onClick={() => setWidth(600)}
              >
                {t.desktop}
              </Button>
              <Button
                buttonStyle={width === 375 ? 'primary' : 'secondary'}
                onClick={() => setWidth(375)}
              >
                {t.mobile}
              </Button>
            </>
          )}
        </div>
        {preview && (
          <>
            <p
              style={{
                color:
                  preview.htmlBytes > preview.targetBytes ? 'var(--theme-warning-700)' : undefined,
              }}
            >
              {t.size(
                Math.ceil(preview.htmlBytes / 1024),
                preview.targetBytes / 1024,
                preview.maxBytes / 1024,
              )}
            </p>
            <iframe
              title={t.previewHeading}
              sandbox=""
              srcDoc={preview.html}
              style={{
                width,
                height: 900,
                border: '1px solid var(--theme-elevation-150)',
                background: '#fff',
              }}
            />
            <details>
              <summary>{t.plainText}</summary>
              <pre style={{ whiteSpace: 'pre-wrap', maxHeight: 500, overflow: 'auto' }}>
                {preview.text}
              </pre>
            </details>
          </>
        )}
      </div>

      <div style={box}>
        <h4>{t.testHeading}</h4>
        <div style={row}>
          <label style={{ flex: '1 1 20rem' }}>
            {t.testAddresses}
            <input
              type="text"
              value={addresses}
              onChange={(e) => setAddresses(e.target.value)}
              placeholder="namn@vinje.no, ..."
              style={{ width: '100%' }}
            />
          </label>
          <Button
            buttonStyle="secondary"
            disabled={!known || busy || !addresses.trim()}
            onClick={sendTest}
          >
            {t.sendTest}
          </Button>
        </div>
      </div>

      <div style={box}>
        <h4>{t.sendHeading}</h4>
        {progress?.jobError && (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {i18n.language === 'en' ? 'The send failed: ' : 'Sendinga feila: '}
            {progress.jobError}
          </p>
        )}
        {progress?.warnings.map((w) => (
          <p
            key={w.code}
            role="status"
            style={{ background: 'var(--theme-warning-100)', padding: '8px 12px', borderRadius: 4 }}
          >
            {i18n.language === 'en' ? w.en : w.nn}
          </p>
        ))}
        <p>
          {t.statusLabel}: <strong>{t.status[status as keyof typeof t.status] ?? status}</strong>
          {progress?.scheduledAt &&
            status === 'scheduled' &&
            ` · ${formatOsloDateTime(progress.scheduledAt)}`}
          {progress?.job && ` · ${t.job(progress.job.state)}`}
        </p>
        <div style={row}>
          <Button
            disabled={!known || busy || !['draft', 'scheduled'].includes(status)}
            onClick={schedule}
          >
            {t.schedule}
          </Button>
          {status === 'scheduled' && (
            <Button buttonStyle="secondary" disabled={!known || busy} onClick={unschedule}>
              {t.unschedule}
            </Button>
          )}
          <Button
            buttonStyle="secondary"
            disabled={!known || busy || !['draft', 'scheduled', 'failed'].includes(status)}
            onClick={sendNow}
          >
            {status === 'failed' ? t.resume : t.sendNow}
          </Button>
        </div>
        {progress?.stuck && (
          <div role="alert" style={{ ...row, marginTop: 8 }}>
            <span>{rt.stuck}</span>
            <Button disabled={!known || busy} onClick={resume}>
              {rt.resume}
            </Button>
          </div>
        )}
        {r && r.uncertain > 0 && (
          <div role="alert" style={{ marginTop: 8 }}>
            <p>{rt.uncertain(r.uncertain)}</p>
            <div style={row}>
              <Button
                buttonStyle="secondary"
                disabled={!known || busy}
                onClick={() => decide('resend')}
              >
                {rt.resend}
              </Button>
              <Button
                buttonStyle="secondary"
                disabled={!known || busy}
                onClick={() => decide('sent')}
              >
                {rt.countSent}
              </Button>
            </div>
          </div>
        )}
        {Boolean(progress?.refused) && <p>{rt.refused(progress!.refused)}</p>}
        {r && r.total > 0 && (
          <>
            <progress
              max={r.total}
              value={r.submitted}
              style={{ width: '100%' }}
              aria-label={t.progressLabel}
            />
            <p>{t.progress(r.submitted, r.total, r.failed)}</p>
          </>
        )}
        {report && (status === 'sent' || status === 'failed' || status === 'sending') && (
          <table style={{ borderCollapse: 'collapse' }}>
            <tbody>
              {(
                [
                  'recipients',
                  'submitted',
                  'failed',
                  'delivered',
                  'bounced',
                  'complained',
                  'unsubscribed',
                ] as const
              ).map((k) => (
                <tr key={k}>
                  <th scope="row" style={{ textAlign: 'left', paddingRight: 16 }}>
                    {t.report[k]}
                  </th>
                  <td>{String(report[k] ?? 0)}</td>
                </tr>
              ))}
              {Boolean(report.lastError) && (
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
