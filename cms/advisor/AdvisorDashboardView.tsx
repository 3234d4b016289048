/** /admin/advisor: the advisor dashboard (data from cms/advisor, rendered on the server). */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { loadAdvisorDashboard, type LoadedAdvisorDashboard } from './loadAdvisorDashboard'
import {
  type AdminLang,
  adminLang,
  businessHref,
  formatDay,
  pick,
  priorityLabel,
} from '../admin/format'
import { cellStyle, StaffOnlyView, tableStyle } from '../admin/StaffOnly'
import { GUIDANCE_STATUSES, GUIDANCE_TOPICS } from '../guidance/topics'

const topicLabel = (v: string, lang: AdminLang) =>
  GUIDANCE_TOPICS.find((t) => t.value === v)?.label[lang] ?? v
const statusLabel = (v: string, lang: AdminLang) =>
  GUIDANCE_STATUSES.find((t) => t.value === v)?.label[lang] ?? v

function Table({
  head,
  rows,
  empty,
}: {
  head: string[]
  rows: React.ReactNode[][]
  empty: string
}) {
  if (!rows.length) return <p style={{ marginBottom: '2rem' }}>{empty}</p>
  return (
    <table style={tableStyle}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} style={cellStyle} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((c, j) => (
              <td key={j} style={cellStyle}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Dashboard({
  d,
  lang,
  admin,
}: {
  d: LoadedAdvisorDashboard
  lang: AdminLang
  admin: string
}) {
  const link = (id: number, name: string) => <a href={businessHref(admin, id)}>{name}</a>
  const actionHead = [
    pick(lang, 'Frist', 'Due'),
    pick(lang, 'Tiltak', 'Action'),
    pick(lang, 'Mål', 'Goal'),
    pick(lang, 'Ansvarleg', 'Owner'),
    pick(lang, 'Verksemd', 'Business'),
    pick(lang, 'Kontaktperson', 'Contact person'),
  ]
  const person = (id: number | null) => (id === null ? '–' : (d.users.get(id) ?? '–'))
  return (
    <>
      <h2>{pick(lang, 'Førespurnader om rettleiing', 'Guidance requests')}</h2>
      <Table
        head={[
          pick(lang, 'Dagar sidan', 'Days since'),
          pick(lang, 'Frå', 'From'),
          pick(lang, 'Gjeld', 'About'),
          pick(lang, 'Status', 'Status'),
          pick(lang, 'Rådgjevar', 'Advisor'),
        ]}
        rows={d.guidance.map((g) => [
          g.daysSinceReceived,
          <a key={g.id} href={`${admin}/collections/guidance-requests/${g.id}`}>
            {g.name}
          </a>,
          topicLabel(g.topic, lang),
          statusLabel(g.status, lang),
          person(g.advisor),
        ])}
        empty={pick(lang, 'Ingen opne førespurnader.', 'No open requests.')}
      />
      <h2>{pick(lang, 'Mine verksemder', 'My businesses')}</h2>
      <Table
        head={[
          pick(lang, 'Verksemd', 'Business'),
          pick(lang, 'Siste møte', 'Last meeting'),
          pick(lang, 'Opne tiltak', 'Open actions'),
          pick(lang, 'Forseinka', 'Overdue'),
        ]}
        rows={d.myBusinesses.map((b) => [
          link(b.id, b.name),
          formatDay(b.lastMeeting, lang),
          b.openActions,
          b.overdueActions,
        ])}
        empty={pick(
          lang,
          'Du er ikkje kontaktperson for nokon verksemd enno.',
          'You are not the contact person for any business yet.',
        )}
      />
      <h2>{pick(lang, 'Tiltak med frist denne veka', 'Actions due this week')}</h2>
      <Table
        head={actionHead}
        rows={d.dueSoonActions.map((a) => [
          formatDay(a.dueDate, lang),
          a.action,
          a.goal,
          a.owner ?? '–',
          link(a.businessId, a.businessName),
          person(a.contactPerson),
        ])}
        empty={pick(
          lang,
          'Ingen opne tiltak har frist dei neste sju dagane.',
          'No open action is due in the next seven days.',
        )}
      />
      <h2>{pick(lang, 'Forseinka tiltak', 'Overdue actions')}</h2>
      <Table
        head={actionHead}
        rows={d.overdueActions.map((a) => [
          formatDay(a.dueDate, lang),
          a.action,
          a.goal,
          a.owner ?? '–',
          link(a.businessId, a.businessName),
          person(a.contactPerson),
        ])}
        empty={pick(lang, 'Ingen forseinka tiltak.', 'No overdue actions.')}
      />
      <h2>{pick(lang, 'Ikkje møtt på seks månader', 'No meeting in six months')}</h2>
      <Table
        head={[
          pick(lang, 'Verksemd', 'Business'),
          pick(lang, 'Siste møte', 'Last meeting'),
          pick(lang, 'Kontaktperson', 'Contact person'),
        ]}
        rows={d.noRecentMeeting.map((b) => [
          link(b.id, b.name),
          b.lastMeeting ? formatDay(b.lastMeeting, lang) : pick(lang, 'Aldri', 'Never'),
          person(b.contactPerson),
        ])}
        empty={pick(
          lang,
          'Alle verksemder med kontaktperson er følgde opp.',
          'Every business with a contact person has been met.',
        )}
      />
      <h2>
        {pick(
          lang,
          `Behov registrerte i ${d.quarter.label}`,
          `Needs recorded in ${d.quarter.label}`,
        )}
      </h2>
      <Table
        head={[
          pick(lang, 'Registrert', 'Recorded'),
          pick(lang, 'Verksemd', 'Business'),
          pick(lang, 'Tema', 'Topic'),
          pick(lang, 'Prioritet', 'Priority'),
          pick(lang, 'Merknad', 'Note'),
        ]}
        rows={d.needsThisQuarter.map((n) => [
          formatDay(n.recordedAt, lang),
          link(n.businessId, n.businessName),
          d.topics.get(n.topic) ?? '–',
          priorityLabel(n.priority, lang),
          n.note ?? '',
        ])}
        empty={pick(lang, 'Ingen nye behov dette kvartalet.', 'No new needs this quarter.')}
      />
    </>
  )
}

export async function AdvisorDashboardView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = adminLang(req.i18n.language)
  const data =
    req.user && hasRole(req.user, 'admin', 'advisor')
      ? await loadAdvisorDashboard(req.payload, { user: req.user })
      : null
  return (
    <StaffOnlyView props={props} title={pick(lang, 'Rådgjevaroversikt', 'Advisor dashboard')}>
      {data && <Dashboard d={data} lang={lang} admin={req.payload.config.routes.admin} />}
    </StaffOnlyView>
  )
}
