'use client'
/**
 * Above the businesses list: type an org number, the business (or establishment) is fetched from
 * Enhetsregisteret and stored (endpoints/fromRegister.ts). Opens the stored business when done.
 * The endpoint answers in the staff member's admin language; only what it cannot say (no answer,
 * no message) is worded here.
 */
import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

const texts = {
  nn: {
    title: 'Legg til frå Einingsregisteret',
    label: 'Organisasjonsnummer (eining eller underavdeling)',
    add: 'Hent og legg til',
    busy: 'Hentar …',
    failed: (status: number) => `Det gjekk ikkje å leggje til verksemda (feil ${status}).`,
    offline: 'Fekk ikkje kontakt med Næringshub: sjå etter nettsambandet og prøv igjen.',
  },
  en: {
    title: 'Add from the business register',
    label: 'Organisation number (entity or establishment)',
    add: 'Fetch and add',
    busy: 'Fetching …',
    failed: (status: number) => `The business could not be added (error ${status}).`,
    offline: 'Could not reach Næringshub: check the network connection and try again.',
  },
}

export const AddFromRegister: React.FC = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = texts[i18n.language === 'en' ? 'en' : 'nn']
  const [orgNumber, setOrgNumber] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const add = async (e: React.FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    let res: Response
    try {
      res = await fetch(`${config.routes.api}/businesses/from-register`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ orgNumber }),
      })
    } catch {
      setError(t.offline)
      setBusy(false)
      return
    }
    const body = (await res.json().catch(() => ({}))) as { id?: number; error?: string }
    if (!res.ok || body.id === undefined) {
      setError(body.error ?? t.failed(res.status))
      setBusy(false)
      return
    }
    window.location.assign(`${config.routes.admin}/collections/businesses/${body.id}`)
  }

  return (
    <form
      onSubmit={add}
      style={{ margin: '0 0 16px', display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}
    >
      <label style={{ display: 'grid', gap: 4 }}>
        <strong>{t.title}</strong>
        <span>{t.label}</span>
        <input
          value={orgNumber}
          onChange={(e) => setOrgNumber(e.target.value)}
          inputMode="numeric"
          required
        />
      </label>
      <Button type="submit" disabled={busy}>
        {busy ? t.busy : t.add}
      </Button>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', width: '100%' }}>
          {error}
        </p>
      )}
    </form>
  )
}
