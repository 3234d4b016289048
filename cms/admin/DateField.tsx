'use client'
/**
 * Payload's date field with the picker's own words in the admin language: react-datepicker's
 * "Time" caption and its screen-reader labels ("Previous Month", "Choose …") are English props,
 * not part of the date-fns locale (cms/i18n/dateLocale.ts gives it the Nynorsk names).
 */
import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import React from 'react'

export const NYNORSK_PICKER_WORDS = {
  timeCaption: 'Tid',
  timeInputLabel: 'Tid',
  previousMonthButtonLabel: 'Førre månad',
  nextMonthButtonLabel: 'Neste månad',
  previousYearButtonLabel: 'Førre år',
  nextYearButtonLabel: 'Neste år',
  previousMonthAriaLabel: 'Førre månad',
  nextMonthAriaLabel: 'Neste månad',
  previousYearAriaLabel: 'Førre år',
  nextYearAriaLabel: 'Neste år',
  chooseDayAriaLabelPrefix: 'Vel',
  disabledDayAriaLabelPrefix: 'Ikkje tilgjengeleg:',
  weekAriaLabelPrefix: 'veke',
  monthAriaLabelPrefix: 'månad',
}

export const DateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  if (i18n.language === 'en') return <DateTimeField {...props} />
  const admin = props.field.admin
  const date = (admin?.date ?? {}) as { overrides?: object }
  const field = {
    ...props.field,
    admin: {
      ...admin,
      date: { ...date, overrides: { ...NYNORSK_PICKER_WORDS, ...date.overrides } },
    },
  } as typeof props.field
  return <DateTimeField {...props} field={field} />
}
