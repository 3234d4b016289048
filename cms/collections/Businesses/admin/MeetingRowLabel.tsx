'use client'
/** A meeting in the log reads "03.12.2026 · Gjennomgang av …", not "Møte 01". */
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { formatOsloDay } from '../../../admin/format'

type MeetingRow = { date?: string | null; summary?: string | null }

export function MeetingRowLabel() {
  const { data, rowNumber } = useRowLabel<MeetingRow>()
  const { i18n } = useTranslation()
  const day = data?.date ? formatOsloDay(data.date) : null
  const summary = data?.summary?.trim()
  const fallback = `${i18n.language === 'en' ? 'Meeting' : 'Møte'} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`
  if (!day && !summary) return <span>{fallback}</span>
  const short = summary && summary.length > 70 ? `${summary.slice(0, 70)} …` : summary
  return <span>{[day, short].filter(Boolean).join(' · ')}</span>
}
