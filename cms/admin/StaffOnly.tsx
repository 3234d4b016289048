/**
 * The frame of the advisor views: Payload's default admin template (navigation and all), a login
 * redirect for visitors, and a plain refusal for staff without the advisor or admin role.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { adminLang, pick } from './format'

export function StaffOnlyView({
  props,
  title,
  children,
}: {
  props: AdminViewServerProps
  title: string
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login`)
  const lang = adminLang(req.i18n.language)
  const allowed = hasRole(req.user, 'admin', 'advisor')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '1.5rem 0' }}>{title}</h1>
        {allowed ? (
          children
        ) : (
          <p>
            {pick(
              lang,
              'Denne sida er berre for rådgjevarar og administratorar.',
              'This page is for advisors and admins only.',
            )}
          </p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

export const tableStyle: React.CSSProperties = {
  width: '100%',
  borderCollapse: 'collapse',
  marginBottom: '2rem',
}
export const cellStyle: React.CSSProperties = {
  textAlign: 'left',
  padding: '0.4rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
  verticalAlign: 'top',
}
