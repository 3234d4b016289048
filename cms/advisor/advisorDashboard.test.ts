/** The advisor dashboard on the real CMS, read as the advisor would read it. */
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms, type TestCms } from '../../test/helpers/cms'
import type { User } from '../payload-types'
import { osloQuarter } from './advisorDashboard'
import {
  AdvisorsOnlyError,
  loadAdvisorDashboard,
  type LoadedAdvisorDashboard,
} from './loadAdvisorDashboard'

// Tuesday 24 November 2026, 10:00 Oslo; Q4 began 1 October.
const NOW = new Date('2026-11-24T09:00:00.000Z')
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString()
const inDays = (n: number) => daysAgo(-n)

let cms: TestCms
let sigrid: User
let torbjorn: User
let editor: User
let dashboard: LoadedAdvisorDashboard

const user = (name: string, roles: User['roles']) =>
  cms.payload.create({
    collection: 'users',
    data: {
      email: `${name.toLowerCase().replace('ø', 'o')}@vinje.example`,
      password: 'test-password-1234',
      name,
      roles,
    },
  })

beforeAll(async () => {
  cms = await testCms()
  const { payload } = cms
  sigrid = await user('Sigrid', ['advisor'])
  torbjorn = await user('Torbjørn', ['advisor'])
  editor = await user('Eva', ['editor'])
  const hms = await payload.create({ collection: 'topics', data: { name: 'HMS', slug: 'hms' } })
  const rekruttering = await payload.create({
    collection: 'topics',
    data: { name: 'Rekruttering', slug: 'rekruttering' },
  })
  const create = (data: Record<string, unknown>) =>
    payload.create({ collection: 'businesses', data: data as never })

  await create({
    name: 'Rauland Fjellstove AS',
    orgNumber: '921300018',
    contactPerson: sigrid.id,
    developmentPlan: [
      {
        goal: 'Fleire gjester i lågsesongen',
        actions: [
          {
            text: 'Lage kurspakke',
            owner: 'Dagleg leiar',
            dueDate: daysAgo(10),
            status: 'in-progress',
          },
          {
            text: 'Søkje næringsfondet',
            owner: 'Næringskontoret',
            dueDate: daysAgo(40),
            status: 'planned',
          },
          {
            text: 'Oppdatere nettsida',
            owner: 'Dagleg leiar',
            dueDate: daysAgo(20),
            status: 'done',
          },
          { text: 'Droppa messe', dueDate: daysAgo(30), status: 'dropped' },
          { text: 'Frist i dag', dueDate: NOW.toISOString(), status: 'planned' },
        ],
      },
    ],
    needs: [
      { topic: rekruttering.id, priority: 'high', note: 'Manglar kokk', recordedAt: daysAgo(5) },
      { topic: hms.id, priority: 'low', note: 'Frå i sommar', recordedAt: daysAgo(120) },
    ],
    meetingLog: [{ date: daysAgo(30), advisor: sigrid.id, summary: 'Gjennomgang' }],
  })
  await create({
    name: 'Tveiten Gard',
    orgNumber: '921301006',
    contactPerson: sigrid.id,
    meetingLog: [{ date: daysAgo(230), summary: 'Generasjonsskifte' }],
  })
  await create({
    name: 'Vinje Elektro AS',
    orgNumber: '976200004',
    contactPerson: torbjorn.id,
    needs: [{ topic: hms.id, priority: 'medium', recordedAt: daysAgo(50) }],
    developmentPlan: [
      {
        goal: 'Sertifisering',
        actions: [
          { text: 'Melde på kurs', owner: 'Torbjørn', dueDate: inDays(10), status: 'planned' },
          { text: 'Sende søknad', owner: 'Torbjørn', dueDate: inDays(3), status: 'planned' },
          { text: 'Allereie gjort', dueDate: inDays(2), status: 'done' },
        ],
      },
    ],
  })
  await create({
    name: 'Konkursbuet AS',
    orgNumber: '914100003',
    contactPerson: sigrid.id,
    registerStatus: 'bankrupt',
    developmentPlan: [
      {
        goal: 'Gammalt mål',
        actions: [{ text: 'Gammalt tiltak', dueDate: daysAgo(300), status: 'planned' }],
      },
    ],
  })
  await create({ name: 'Ukjend Verksemd AS', orgNumber: '984400004' })
  dashboard = await loadAdvisorDashboard(payload, {
    user: { ...sigrid, collection: 'users' },
    now: NOW,
  })
})

describe('the advisor dashboard', () => {
  it('lists my businesses with their open and overdue actions', () => {
    expect(dashboard.myBusinesses).toEqual([
      {
        id: expect.any(Number),
        name: 'Rauland Fjellstove AS',
        lastMeeting: daysAgo(30),
        openActions: 3,
        overdueActions: 2,
      },
      {
        id: expect.any(Number),
        name: 'Tveiten Gard',
        lastMeeting: daysAgo(230),
        openActions: 0,
        overdueActions: 0,
      },
    ])
  })

  it('lists open actions past their due day, oldest first (done, dropped, due today and bankrupt ones left out)', () => {
    expect(dashboard.overdueActions.map((a) => [a.businessName, a.action, a.owner])).toEqual([
      ['Rauland Fjellstove AS', 'Søkje næringsfondet', 'Næringskontoret'],
      ['Rauland Fjellstove AS', 'Lage kurspakke', 'Dagleg leiar'],
    ])
  })

  it('lists open actions due today and in the coming week, soonest first', () => {
    expect(dashboard.dueSoonActions.map((a) => [a.businessName, a.action])).toEqual([
      ['Rauland Fjellstove AS', 'Frist i dag'],
      ['Vinje Elektro AS', 'Sende søknad'],
    ])
  })

  it('lists followed businesses with no meeting in six months, never-met first', () => {
    expect(dashboard.noRecentMeeting.map((b) => [b.name, b.lastMeeting])).toEqual([
      ['Vinje Elektro AS', null],
      ['Tveiten Gard', daysAgo(230)],
    ])
    expect(dashboard.users.get(dashboard.noRecentMeeting[0].contactPerson!)).toBe('Torbjørn')
  })

  it('lists the needs recorded this quarter, newest first', () => {
    expect(dashboard.quarter.label).toBe('Q4 2026')
    expect(
      dashboard.needsThisQuarter.map((n) => [
        n.businessName,
        dashboard.topics.get(n.topic),
        n.priority,
      ]),
    ).toEqual([
      ['Rauland Fjellstove AS', 'Rekruttering', 'high'],
      ['Vinje Elektro AS', 'HMS', 'medium'],
    ])
  })

  it('is for advisors and admins only', async () => {
    await expect(
      loadAdvisorDashboard(cms.payload, { user: { ...editor, collection: 'users' }, now: NOW }),
    ).rejects.toBeInstanceOf(AdvisorsOnlyError)
    await expect(
      loadAdvisorDashboard(cms.payload, { user: null, now: NOW }),
    ).rejects.toBeInstanceOf(AdvisorsOnlyError)
  })
})

describe('Oslo quarters', () => {
  it('start at midnight Oslo time on the first day of the quarter', () => {
    expect(osloQuarter(new Date('2026-01-01T00:30:00.000Z'))).toEqual({
      start: new Date('2025-12-31T23:00:00.000Z'),
      label: 'Q1 2026',
    })
    expect(osloQuarter(new Date('2026-06-30T21:59:00.000Z')).label).toBe('Q2 2026')
    expect(osloQuarter(new Date('2026-06-30T22:30:00.000Z')).start.toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    )
  })
})
