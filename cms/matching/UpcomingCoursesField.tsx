/**
 * On a business's admin page (follow-up tab): the upcoming courses that fit its needs. A UI field:
 * computed when the page renders, never stored, never in the API; editors see nothing.
 */
import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { loadTopicsCoursesProviders, toMatchingBusiness } from './loadMatchingInput'
import { coursesForBusiness } from './matchNeedsToCourses'
import type { Business } from '../payload-types'
import { adminLang, courseHref, formatDay, pick, priorityLabel } from '../admin/format'

export async function UpcomingCoursesField({ data, req, payload }: UIFieldServerProps) {
  if (!hasRole(req.user, 'admin', 'advisor')) return null
  const lang = adminLang(req.i18n.language)
  const business = toMatchingBusiness({
    id: 0,
    name: '',
    registerStatus: null,
    needs: (data as Partial<Business>)?.needs ?? [],
  })
  const matches = business.needs.length
    ? coursesForBusiness(business, await loadTopicsCoursesProviders(payload), new Date())
    : []
  const admin = payload.config.routes.admin
  return (
    <div style={{ marginBottom: '2rem' }}>
      <h3>{pick(lang, 'Kurs som passar behova', 'Courses that fit the needs')}</h3>
      {!business.needs.length && (
        <p>
          {pick(
            lang,
            'Registrer behov ovanfor for å sjå kurs som passar.',
            'Record needs above to see courses that fit.',
          )}
        </p>
      )}
      {business.needs.length > 0 && !matches.length && (
        <p>
          {pick(
            lang,
            'Ingen kommande kurs dekkjer desse behova: sjå kompetansematchinga.',
            'No upcoming course covers these needs: see the matching report.',
          )}
        </p>
      )}
      {matches.length > 0 && (
        <ul>
          {matches.map((c) => (
            <li key={c.id}>
              <a href={courseHref(admin, c.id)}>{c.title}</a>
              {' – '}
              {c.availability.nextDate
                ? formatDay(c.availability.nextDate, lang)
                : pick(lang, 'sjølvstudium', 'self-paced')}
              {c.providerName ? `, ${c.providerName}` : ''}
              {' · '}
              {c.needs
                .map((n) => `${n.topic.name} (${priorityLabel(n.priority, lang)})`)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
