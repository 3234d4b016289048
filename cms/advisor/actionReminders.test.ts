/**
 * The weekly action reminder: who gets which actions, the email as it lands in (fake) Resend's
 * outbox, once per person and week, and the worker keeping next Monday's run queued.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newsletterTestbed, type Testbed } from '../newsletter/test/harness'
import { sendSettingsFromEnv } from '../newsletter/send/settings'
import type { User } from '../payload-types'
import {
  ACTION_REMINDERS_TASK,
  ensureActionRemindersQueued,
  nextReminderTime,
  sendActionReminders,
} from './actionRemindersTask'

// Tuesday 24 November 2026, 10:00 Oslo.
const NOW = new Date('2026-11-24T09:00:00.000Z')
const inDays = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString()

let bed: Testbed
let sigrid: User

const staff = (name: string, email: string, roles: User['roles']) =>
  bed.cms.payload.create({
    collection: 'users',
    data: { email, name, roles, password: 'test-password-1234' },
  })

beforeAll(async () => {
  bed = await newsletterTestbed()
  sigrid = await staff('Sigrid Kleivi', 'sigrid@vinje.example', ['advisor'])
  await staff('Torbjørn Nordbø', 'torbjorn@vinje.example', ['advisor'])
  await staff('Eva Redaktør', 'eva@vinje.example', ['editor'])
  const create = (data: Record<string, unknown>) =>
    bed.cms.payload.create({
      collection: 'businesses',
      data: data as never,
      context: { skipSiteBuild: true },
    })
  await create({
    name: 'Rauland Fjellstove AS',
    orgNumber: '921300018',
    contactPerson: sigrid.id,
    developmentPlan: [
      {
        goal: 'Fleire gjester i lågsesongen',
        actions: [
          { text: 'Søkje næringsfondet', owner: 'torbjørn nordbø', dueDate: inDays(-3) },
          { text: 'Lage kurspakke', owner: 'Dagleg leiar', dueDate: inDays(3) },
          { text: 'Neste år', owner: 'Dagleg leiar', dueDate: inDays(40) },
          { text: 'Ferdig', owner: 'Dagleg leiar', dueDate: inDays(1), status: 'done' },
        ],
      },
    ],
  })
  await create({
    name: 'Ukjend Gründer',
    developmentPlan: [
      { goal: 'Starte opp', actions: [{ text: 'Registrere firma', dueDate: inDays(2) }] },
    ],
  })
}, 120_000)

afterAll(() => bed?.close())

describe('the weekly action reminder', () => {
  it('emails each owner their overdue and due actions: a named colleague, else the contact person', async () => {
    const result = await sendActionReminders(bed.cms.payload, sendSettingsFromEnv(), NOW)
    expect(result.failed).toEqual([])
    expect(result.sent.sort()).toEqual(['sigrid@vinje.example', 'torbjorn@vinje.example'])

    const toTorbjorn = bed.fake.messages.find((m) => m.to.includes('torbjorn@vinje.example'))!
    expect(toTorbjorn.subject).toBe('Tiltak denne veka: 1 med frist, 1 forseinka')
    expect(toTorbjorn.text).toContain(
      '21.11.2026 (forseinka): Søkje næringsfondet – Rauland Fjellstove AS',
    )
    expect(toTorbjorn.text).toContain('/admin/collections/businesses/')

    const toSigrid = bed.fake.messages.find((m) => m.to.includes('sigrid@vinje.example'))!
    expect(toSigrid.text).toContain('27.11.2026: Lage kurspakke – Rauland Fjellstove AS')
    expect(toSigrid.text).not.toContain('Neste år')
    expect(toSigrid.text).not.toContain('Ferdig')
    // Nobody follows the entrepreneur up and no colleague is named: no email for it.
    expect(bed.fake.messages.map((m) => m.text).join()).not.toContain('Registrere firma')
  })

  it('sends nobody the same week twice when the job runs again', async () => {
    const before = bed.fake.messages.length
    await sendActionReminders(bed.cms.payload, sendSettingsFromEnv(), NOW)
    expect(bed.fake.messages.length).toBe(before)
  })

  it('goes out Monday 07:00 Oslo time', () => {
    expect(nextReminderTime(NOW).toISOString()).toBe('2026-11-30T06:00:00.000Z')
    expect(nextReminderTime(new Date('2026-11-30T05:30:00.000Z')).toISOString()).toBe(
      '2026-11-30T06:00:00.000Z',
    )
    expect(nextReminderTime(new Date('2026-11-30T06:00:00.000Z')).toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    )
    // Summer time: 07:00 Oslo is 05:00 UTC.
    expect(nextReminderTime(new Date('2027-06-01T12:00:00.000Z')).toISOString()).toBe(
      '2027-06-07T05:00:00.000Z',
    )
  })

  it('is kept queued for next Monday by the worker, once', async () => {
    await ensureActionRemindersQueued(bed.cms.payload, NOW)
    await ensureActionRemindersQueued(bed.cms.payload, NOW)
    const jobs = await bed.cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: ACTION_REMINDERS_TASK } },
    })
    expect(jobs.docs.map((j) => new Date(j.waitUntil!).toISOString())).toEqual([
      '2026-11-30T06:00:00.000Z',
    ])
  })
})
