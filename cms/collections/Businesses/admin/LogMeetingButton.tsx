'use client'
/**
 * "Logg eit møte" above the meeting log: a new meeting on top, with today's date and the advisor
 * filled in by the fields' defaults (the array's own button adds at the bottom).
 */
import { Button, useForm, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientProps } from 'payload'
import React from 'react'

export function LogMeetingButton({ path, schemaPath }: UIFieldClientProps) {
  const { addFieldRow } = useForm()
  const { i18n } = useTranslation()
  const sibling = (p: string) => p.replace(/logMeeting$/, 'meetingLog')
  return (
    <div style={{ marginBottom: '1rem' }}>
      <Button
        buttonStyle="secondary"
        icon="plus"
        iconPosition="left"
        onClick={() =>
          addFieldRow({
            path: sibling(path ?? 'logMeeting'),
            schemaPath: sibling(schemaPath ?? 'logMeeting'),
            rowIndex: 0,
          })
        }
      >
        {i18n.language === 'en' ? 'Log a meeting' : 'Logg eit møte'}
      </Button>
    </div>
  )
}
