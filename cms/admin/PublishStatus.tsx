'use client'
/**
 * On every public document, in the sidebar: whether its last change is on the public site yet —
 * queued, building, live (with a link to the page), or failed (with what to fix). Asks
 * /api/site-builds/status, and keeps asking every two seconds while a build is pending.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { PublishStatus as Status } from '../siteBuilds/publishStatus'

const TEXTS = {
  nn: {
    heading: 'På nettstaden',
    queued: 'I kø: endringa kjem ut om nokre sekund.',
    building: 'Nettstaden blir bygd no …',
    live: 'Ute på nettstaden.',
    view: 'Sjå sida på nettstaden',
    failed: 'Ikkje ute:',
    removed: 'Teken ned frå nettstaden.',
    'not-public': 'Ikkje publisert: berre synleg i administrasjonen.',
    unsaved: 'Lagre dokumentet først.',
  },
  en: {
    heading: 'On the website',
    queued: 'Queued: the change goes out in a few seconds.',
    building: 'The website is being built …',
    live: 'Live on the website.',
    view: 'View the page on the website',
    failed: 'Not live:',
    removed: 'Taken off the website.',
    'not-public': 'Not published: visible in the admin only.',
    unsaved: 'Save the document first.',
  },
}

const POLL_MS = 2000

export const PublishStatus: React.FC = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = TEXTS[i18n.language === 'en' ? 'en' : 'nn']
  const [status, setStatus] = useState<Status | null>(null)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id) })
    const res = await fetch(`${config.routes.api}/site-builds/status?${query}`, {
      credentials: 'include',
    }).catch(() => null)
    if (res?.ok) setStatus((await res.json()) as Status)
  }, [id, collectionSlug, config.routes.api])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  useEffect(() => {
    if (status?.state !== 'queued' && status?.state !== 'building') return
    const timer = setInterval(() => void load(), POLL_MS)
    return () => clearInterval(timer)
  }, [status?.state, load])

  return (
    <div className="field-type publish-status" style={{ marginBottom: 24 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{t.heading}</div>
      <p role="status" aria-live="polite" style={{ margin: 0 }}>
        {!id && t.unsaved}
        {status?.state === 'failed' && (
          <span style={{ color: 'var(--theme-error-500)' }}>
            {t.failed} {status.reason}
          </span>
        )}
        {status && status.state !== 'failed' && t[status.state]}
      </p>
      {status?.state === 'live' && status.url && (
        <p style={{ margin: '4px 0 0' }}>
          <a href={status.url} target="_blank" rel="noopener noreferrer">
            {t.view}
          </a>
        </p>
      )}
    </div>
  )
}
