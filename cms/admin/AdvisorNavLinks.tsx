/** Links to the advisor dashboard and the matching report in the admin's side navigation. */
import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { adminLang, pick } from './format'

export function AdvisorNavLinks({ user, i18n, payload }: ServerProps) {
  if (!hasRole(user, 'admin', 'advisor')) return null
  const lang = adminLang(i18n.language)
  const admin = payload.config.routes.admin
  const link: React.CSSProperties = {
    display: 'block',
    padding: '0.25rem 0',
    textDecoration: 'none',
  }
  return (
    <nav aria-label={pick(lang, 'Rådgjeving', 'Advising')} style={{ marginBottom: '1rem' }}>
      <a href={`${admin}/advisor`} style={link}>
        {pick(lang, 'Rådgjevaroversikt', 'Advisor dashboard')}
      </a>
      <a href={`${admin}/matching`} style={link}>
        {pick(lang, 'Kompetansematching', 'Needs and courses')}
      </a>
    </nav>
  )
}
