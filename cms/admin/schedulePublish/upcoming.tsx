'use client'
/**
 * The scheduling drawer's parts besides its date input, drawn as Payload 3.90 draws them (the
 * same classes, so Payload's styles apply): the publish/unpublish choice, and the list of what is
 * already scheduled, whose times are shown the Norwegian way, in Oslo time.
 */
import { getTranslation } from '@payloadcms/translations'
import { Button, Pill, useTranslation } from '@payloadcms/ui'
import type { ClientConfig, Column } from 'payload'
import React from 'react'

import { formatScheduledTime } from './osloPickerTime'

export type PublishType = 'publish' | 'unpublish'

/** A waiting schedulePublish job, as Payload's getUpcomingScheduledPublish returns it. */
export type UpcomingEvent = {
  id: number | string
  input: { locale?: string; timezone?: string; type: PublishType }
  waitUntil: Date | string
}

/** Publish or unpublish: Payload's radio markup (its Radio component is not exported). */
export function TypeChoice(props: {
  slug: string
  type: PublishType
  onChange: (type: PublishType) => void
  readOnly: boolean
}) {
  const { slug, type, onChange, readOnly } = props
  const { t } = useTranslation()
  const radio = `radio-input__styled-radio${readOnly ? ' radio-input__styled-radio--disabled' : ''}`
  return (
    <ul className="schedule-publish__type">
      {(['publish', 'unpublish'] as const).map((value) => {
        const id = `field-${slug}-type-${value}`
        const selected = type === value
        return (
          <li key={value}>
            <label htmlFor={id}>
              <div className={`radio-input${selected ? ' radio-input--is-selected' : ''}`}>
                <input
                  checked={selected}
                  disabled={readOnly}
                  id={id}
                  name={`${slug}-type`}
                  onChange={() => onChange(value)}
                  type="radio"
                />
                <span className={radio} />
                <span className="radio-input__label">{t(`version:${value}`)}</span>
              </div>
            </label>
          </li>
        )
      })}
    </ul>
  )
}

// The drawer's translation as useTranslation() types it with no keys of our own.
type Translation = ReturnType<typeof useTranslation<Record<never, never>, never>>

type ColumnArgs = {
  docs: UpcomingEvent[]
  i18n: Translation['i18n']
  localization: ClientConfig['localization']
  remove: (jobID: number | string) => Promise<void>
  t: Translation['t']
}

const textField = (name: string) => ({ name, type: 'text' as const })

/** The upcoming list's columns: type, time (Oslo), time zone, language, delete. */
export function upcomingColumns({ docs, i18n, localization, remove, t }: ColumnArgs): Column[] {
  const localeLabel = (code: string | undefined) => {
    const match = localization ? localization.locales.find((l) => l.code === code) : undefined
    return match ? getTranslation(match.label, i18n) : t('general:all')
  }
  const columns: Column[] = [
    {
      accessor: 'input.type',
      active: true,
      field: textField(''),
      Heading: <span>{t('version:type')}</span>,
      renderedCells: docs.map((doc) => (
        <Pill
          key={doc.id}
          pillStyle={doc.input.type === 'publish' ? 'success' : 'warning'}
          size="small"
        >
          {t(`version:${doc.input.type}`)}
        </Pill>
      )),
    },
    {
      accessor: 'waitUntil',
      active: true,
      field: { name: '', type: 'date' },
      Heading: <span>{t('general:time')}</span>,
      renderedCells: docs.map((doc) => (
        <span key={doc.id}>{formatScheduledTime(doc.waitUntil)}</span>
      )),
    },
    {
      accessor: 'input.timezone',
      active: true,
      field: textField(''),
      Heading: <span>{t('general:timezone')}</span>,
      renderedCells: docs.map((doc) => (
        <span key={doc.id}>{doc.input.timezone || t('general:noValue')}</span>
      )),
    },
  ]
  if (localization)
    columns.push({
      accessor: 'input.locale',
      active: true,
      field: textField(''),
      Heading: <span>{t('general:locale')}</span>,
      renderedCells: docs.map((doc) => <span key={doc.id}>{localeLabel(doc.input.locale)}</span>),
    })
  columns.push({
    accessor: 'delete',
    active: true,
    field: textField('delete'),
    Heading: <span>{t('general:delete')}</span>,
    renderedCells: docs.map((doc) => (
      <Button
        buttonStyle="icon-label"
        className="schedule-publish__delete"
        icon="x"
        key={doc.id}
        onClick={(e) => {
          e.preventDefault()
          void remove(doc.id)
        }}
        tooltip={t('general:delete')}
      />
    )),
  })
  return columns
}
