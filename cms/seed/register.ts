/** Seeds the office's register of businesses (with staff-only follow-up) and the subscriber list. */
import type { Payload } from 'payload'

import { businesses } from './data/businesses'
import { subscribers } from './data/subscribers'
import { dayOnly } from './dates'
import { ensure, type SeedTally } from './ensure'
import type { Refs } from './content'

export const VINJE_MUNICIPALITY_NUMBER = '4036'

export async function seedBusinesses(payload: Payload, tally: SeedTally, refs: Refs) {
  for (const b of businesses) {
    await ensure(payload, tally, 'businesses', { orgNumber: { equals: b.orgNumber } }, async () => {
      const created = await payload.create({
        collection: 'businesses',
        locale: 'nn',
        data: {
          name: b.name,
          orgNumber: b.orgNumber,
          organisationForm: b.organisationForm,
          industryCode: b.industryCode,
          industryText: b.industryText,
          employees: b.employees,
          address: b.address,
          municipalityNumber: VINJE_MUNICIPALITY_NUMBER,
          website: b.website,
          registeredAt: `${b.registeredYear}-03-15T12:00:00.000Z`,
          registerStatus: 'active',
          description: b.description.nn,
          listed: b.listed,
          contactPerson: b.contactPerson ? (refs.users.get(b.contactPerson) as number) : undefined,
          developmentPlan: b.plan?.map((g) => ({
            goal: g.goal,
            actions: g.actions.map((a) => ({
              text: a.text,
              owner: a.owner,
              dueDate: dayOnly(a.dueInDays),
              status: a.status,
            })),
          })),
          needs: b.needs?.map((n) => ({
            topic: refs.topics.get(n.topic) as number,
            priority: n.priority,
            note: n.note,
            recordedAt: dayOnly(-20),
          })),
          meetingLog: b.meetings?.map((m) => ({
            date: dayOnly(-m.daysAgo),
            advisor: refs.users.get(m.advisor) as number,
            summary: m.summary,
          })),
        },
      })
      await payload.update({
        collection: 'businesses',
        id: created.id,
        locale: 'en',
        data: { description: b.description.en },
      })
      return created
    })
  }
}

export async function seedSubscribers(payload: Payload, tally: SeedTally, refs: Refs) {
  const now = new Date().toISOString()
  for (const s of subscribers) {
    await ensure(payload, tally, 'subscribers', { email: { equals: s.email } }, () =>
      payload.create({
        collection: 'subscribers',
        data: {
          email: s.email,
          name: s.name,
          status: s.status,
          topics: s.topics.map((t) => refs.topics.get(t) as number),
          locale: s.locale,
          consent: { givenAt: now, method: 'seed', wordingVersion: 'demo' },
          confirmedAt: s.status === 'unconfirmed' ? undefined : now,
          unsubscribedAt: s.status === 'unsubscribed' ? now : undefined,
          consentLog: [{ at: now, action: `seeded as ${s.status}`, via: 'seed' }],
        },
      }),
    )
  }
}
