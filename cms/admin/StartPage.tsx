/**
 * /admin: an advisor starts the day on the advisor dashboard (their businesses, actions due,
 * meetings to book); editors and admins get Payload's dashboard of collections.
 */
import { DefaultDashboard, type DashboardViewServerProps } from '@payloadcms/next/views'
import { redirect } from 'next/navigation'
import React from 'react'

import { hasRole } from '../access/roles'

/** Advisors without the editor role: content is not their daily work. */
export const startsOnAdvisorDashboard = (user: { roles?: string[] | null } | null | undefined) =>
  hasRole(user as never, 'advisor') && !hasRole(user as never, 'editor')

export function StartPage(props: DashboardViewServerProps) {
  if (startsOnAdvisorDashboard(props.user)) redirect(`${props.payload.config.routes.admin}/advisor`)
  return <DefaultDashboard {...props} />
}
