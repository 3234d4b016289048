'use client'
/**
 * Payload 3.90's "schedule publish" drawer (@payloadcms/ui elements/PublishButton/ScheduleDrawer),
 * rebuilt from Payload's exported pieces for one reason: its date input shows Payload's fixed US
 * format ("Dec 2, 2026 2:30 PM"), and neither the collection's `schedulePublish` options nor
 * `admin.dateFormat` reach it. Here the input reads "02.12.2026 14:30", Oslo time, and the picker's
 * own words are Nynorsk for Nynorsk staff. What it saves is what Payload's drawer saves, through
 * the same server functions: a schedulePublish job waiting until the picked Oslo time.
 */
import { getTranslation } from '@payloadcms/translations'
import {
  Banner,
  Button,
  DatePicker,
  Drawer,
  FieldLabel,
  Gutter,
  ReactSelect,
  ShimmerEffect,
  Table,
  TimezonePicker,
  toast,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useModal,
  useServerFunctions,
  useTranslation,
  XIcon,
} from '@payloadcms/ui'
import { endOfDay, isSameDay, startOfDay } from 'date-fns'
import type { Column, SchedulePublish } from 'payload'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { OSLO } from '../../../common/oslo'
import { NYNORSK_PICKER_WORDS } from '../DateField'
import { adminLang } from '../format'
import {
  fromPickerTime,
  SCHEDULE_DISPLAY_FORMAT,
  SCHEDULE_PLACEHOLDER,
  toPickerTime,
} from './osloPickerTime'
import { type PublishType, TypeChoice, upcomingColumns, type UpcomingEvent } from './upcoming'

type Props = {
  defaultType: PublishType
  schedulePublishConfig?: SchedulePublish
  slug: string
}

const baseClass = 'schedule-publish'
const ALL_LOCALES = 'all'

export function ScheduleDrawer({ slug, defaultType, schedulePublishConfig }: Props) {
  const { closeModal } = useModal()
  const { config } = useConfig()
  const { localization } = config
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const { title } = useDocumentTitle()
  const { i18n, t } = useTranslation()
  const lang = adminLang(i18n.language)
  const { getUpcomingScheduledPublish, schedulePublish } = useServerFunctions()
  const [type, setType] = useState<PublishType>(defaultType)
  // The instant to publish at; the picker is shown its Oslo wall time (osloPickerTime.ts).
  const [scheduledAt, setScheduledAt] = useState<Date>()
  const [locale, setLocale] = useState(ALL_LOCALES)
  const [processing, setProcessing] = useState(false)
  const [upcoming, setUpcoming] = useState<UpcomingEvent[]>()
  const [columns, setColumns] = useState<Column[]>()
  const modalTitle = t('general:schedulePublishFor', { title })

  const localeOptions = useMemo(
    () =>
      localization
        ? [
            { label: t('general:all'), value: ALL_LOCALES },
            ...localization.locales.map(({ code, label }) => ({
              label: getTranslation(label, i18n),
              value: code,
            })),
          ]
        : [],
    [localization, i18n, t],
  )

  const fetchUpcoming = useCallback(async () => {
    const docs = (await getUpcomingScheduledPublish({
      id,
      collectionSlug,
      globalSlug,
    })) as UpcomingEvent[]
    const remove = async (jobID: number | string) => {
      try {
        await schedulePublish({ deleteID: jobID })
        await fetchUpcoming()
        toast.success(t('general:deletedSuccessfully'))
      } catch (err) {
        toast.error((err as Error).message)
      }
    }
    setColumns(upcomingColumns({ docs, i18n, localization, remove, t }))
    setUpcoming(docs)
  }, [
    getUpcomingScheduledPublish,
    schedulePublish,
    id,
    collectionSlug,
    globalSlug,
    i18n,
    t,
    localization,
  ])

  useEffect(() => {
    if (!upcoming) void fetchUpcoming()
  }, [upcoming, fetchUpcoming])

  const save = useCallback(async () => {
    if (!scheduledAt) return toast.error(t('general:noDateSelected'))
    setProcessing(true)
    try {
      await schedulePublish({
        type,
        date: scheduledAt,
        doc: collectionSlug ? { relationTo: collectionSlug, value: String(id) } : undefined,
        global: globalSlug || undefined,
        localeToPublish: type === 'publish' && locale !== ALL_LOCALES ? locale : undefined,
        timezone: OSLO,
      })
      setScheduledAt(undefined)
      toast.success(t('version:scheduledSuccessfully'))
      void fetchUpcoming()
    } catch (err) {
      toast.error((err as Error).message)
    }
    setProcessing(false)
  }, [scheduledAt, type, locale, collectionSlug, globalSlug, id, schedulePublish, fetchUpcoming, t])

  // Not before now, in the picker's Oslo clock.
  const now = toPickerTime(new Date())
  const picked = scheduledAt && toPickerTime(scheduledAt)

  return (
    <Drawer
      className={baseClass}
      gutter={false}
      Header={
        <div className={`${baseClass}__drawer-header`}>
          <h2 title={modalTitle}>{modalTitle}</h2>
          <button
            aria-label={t('general:close')}
            className="drawer-close-button"
            onClick={() => closeModal(slug)}
            type="button"
          >
            <XIcon />
          </button>
        </div>
      }
      slug={slug}
    >
      <Gutter className={`${baseClass}__scheduler`}>
        <FieldLabel label={t('version:type')} required />
        <TypeChoice onChange={setType} readOnly={processing} slug={slug} type={type} />
        <br />
        <FieldLabel label={t('general:time')} path="time" required />
        <DatePicker
          displayFormat={SCHEDULE_DISPLAY_FORMAT}
          id="time"
          maxTime={endOfDay(now)}
          minDate={now}
          minTime={picked && isSameDay(picked, now) ? now : startOfDay(now)}
          onChange={(value) => setScheduledAt(value ? fromPickerTime(value) : undefined)}
          overrides={lang === 'nn' ? NYNORSK_PICKER_WORDS : undefined}
          pickerAppearance="dayAndTime"
          placeholder={SCHEDULE_PLACEHOLDER[lang]}
          readOnly={processing}
          timeFormat={schedulePublishConfig?.timeFormat ?? 'HH:mm'}
          timeIntervals={schedulePublishConfig?.timeIntervals ?? 5}
          value={picked}
        />
        <TimezonePicker
          id="timezone-picker"
          onChange={() => undefined}
          options={[{ label: OSLO, value: OSLO }]}
          selectedTimezone={OSLO}
        />
        <br />
        {localeOptions.length > 0 && type === 'publish' && (
          <>
            <FieldLabel label={t('localization:localeToPublish')} />
            <ReactSelect
              onChange={(option) => setLocale((option as { value: string }).value)}
              options={localeOptions}
              value={localeOptions.find((option) => option.value === locale)}
            />
            <br />
          </>
        )}
        <div className={`${baseClass}__actions`}>
          <Button
            buttonStyle="primary"
            disabled={processing}
            id="scheduled-publish-save"
            onClick={save}
            type="button"
          >
            {t('general:save')}
          </Button>
          {processing ? <span>{t('general:saving')}</span> : null}
        </div>
      </Gutter>
      <Gutter className={`${baseClass}__upcoming`}>
        <h4>{t('general:upcomingEvents')}</h4>
        {!upcoming && <ShimmerEffect />}
        {upcoming?.length === 0 && (
          <Banner type="info">{t('general:noUpcomingEventsScheduled')}</Banner>
        )}
        {upcoming && upcoming.length > 0 && columns && (
          <Table appearance="condensed" columns={columns} data={upcoming} />
        )}
      </Gutter>
    </Drawer>
  )
}
