/** /admin/matching: the broker's report per topic, with the CSV download (cms/matching). */
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../access/roles'
import { loadMatchingInput } from './loadMatchingInput'
import { matchNeedsToCourses, type TopicMatch } from './matchNeedsToCourses'
import {
  type AdminLang,
  adminLang,
  businessHref,
  courseHref,
  formatDay,
  pick,
  priorityLabel,
} from '../admin/format'
import { cellStyle, StaffOnlyView, tableStyle } from '../admin/StaffOnly'

const gapStyle: React.CSSProperties = {
  background: 'var(--theme-error-100)',
  color: 'var(--theme-error-800)',
  padding: '0.1rem 0.5rem',
  borderRadius: 3,
  fontWeight: 600,
}

function Report({
  report,
  lang,
  admin,
  api,
}: {
  report: TopicMatch[]
  lang: AdminLang
  admin: string
  api: string
}) {
  return (
    <>
      <p>
        {pick(
          lang,
          'Kva verksemdene treng, og kva kurs og tilbydarar som dekkjer det dei neste seks månadene. «Manglar tilbod» er signalet om å skreddarsy opplæring.',
          'What the businesses need, and which courses and providers cover it in the next six months. "No offer" is the signal to organise tailored training.',
        )}
      </p>
      <p>
        <a href={`${api}/matching/report.csv`} download>
          {pick(lang, 'Last ned som CSV', 'Download as CSV')}
        </a>
      </p>
      <table style={tableStyle}>
        <thead>
          <tr>
            {[
              pick(lang, 'Tema', 'Topic'),
              pick(lang, 'Behov (høg/middels/låg)', 'Need (high/medium/low)'),
              pick(lang, 'Verksemder', 'Businesses'),
              pick(lang, 'Kommande kurs', 'Upcoming courses'),
              pick(lang, 'Tilbydarar', 'Providers'),
            ].map((h) => (
              <th key={h} style={cellStyle} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.map((r) => (
            <tr key={r.topic.id}>
              <th scope="row" style={cellStyle}>
                {r.topic.name}{' '}
                {r.gap && <span style={gapStyle}>{pick(lang, 'Manglar tilbod', 'No offer')}</span>}
              </th>
              <td style={cellStyle}>
                {r.need.total} ({r.need.high}/{r.need.medium}/{r.need.low})
              </td>
              <td style={cellStyle}>
                {r.businesses.map((b) => (
                  <div key={b.id}>
                    <a href={businessHref(admin, b.id)}>{b.name}</a>{' '}
                    <small>({priorityLabel(b.priority, lang)})</small>
                  </div>
                ))}
              </td>
              <td style={cellStyle}>
                {r.courses.map((c) => (
                  <div key={c.id}>
                    <a href={courseHref(admin, c.id)}>{c.title}</a>{' '}
                    <small>
                      {c.availability.nextDate
                        ? formatDay(c.availability.nextDate, lang)
                        : pick(lang, 'sjølvstudium', 'self-paced')}
                      {c.providerName ? ` · ${c.providerName}` : ''}
                    </small>
                  </div>
                ))}
              </td>
              <td style={cellStyle}>{r.providers.map((p) => p.name).join(', ') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

export async function MatchingReportView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = adminLang(req.i18n.language)
  const report =
    req.user && hasRole(req.user, 'admin', 'advisor')
      ? matchNeedsToCourses(await loadMatchingInput(req.payload), new Date())
      : null
  const { admin, api } = req.payload.config.routes
  return (
    <StaffOnlyView props={props} title={pick(lang, 'Kompetansematching', 'Needs and courses')}>
      {report && <Report report={report} lang={lang} admin={admin} api={api} />}
    </StaffOnlyView>
  )
}
