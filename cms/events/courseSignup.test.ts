/**
 * Sign-up for a course the office runs itself: the same form endpoint, seats, waiting list,
 * emails (the sessions as a calendar file), cancel link, staff list, reminder and erasure as an
 * event's, through Payload's real REST handler and the fake Resend.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { linkIn } from '../newsletter/test/data'
import { newsletterTestbed, type Testbed } from '../newsletter/test/harness'
import { signupsPerAddress, signupsPerClient } from './endpoints/signup'
import { eraseOldAttendeeData, sendDayBeforeReminders } from './housekeepingTask'
import { signupCourse } from './test/events'

const PHONE = '+47 400 00 000'
const OSLO = 'Europe/Oslo' as const
let bed: Testbed
let editor: string
let ip = 0
const nextIp = () => `10.3.${Math.floor(++ip / 250)}.${ip % 250}`

const postJson = (data: Record<string, unknown>) =>
  bed.cms.rest('/event-registrations', {
    method: 'POST',
    body: JSON.stringify(data),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': nextIp() },
  })
const registrations = async (course: number) =>
  (
    await bed.cms.payload.find({
      collection: 'event-registrations',
      where: { course: { equals: course } },
      sort: ['createdAt', 'id'],
      pagination: false,
      depth: 0,
    })
  ).docs
const emailsTo = (address: string) => bed.fake.messages.filter((m) => m.to.includes(address))
const apiPath = (url: string) => url.replace(/^https?:\/\/[^/]+\/api/, '')

beforeAll(async () => {
  bed = await newsletterTestbed()
  editor = await bed.cms.staff(['editor'])
})
afterAll(() => bed?.close())
beforeEach(() => {
  signupsPerClient.reset()
  signupsPerAddress.reset()
})

describe('course sign-up', () => {
  it('capacity + 10 at once: exactly capacity get a place, the rest wait in order; the place email carries every session', async () => {
    const course = await signupCourse(bed.cms.payload, { capacity: 3 })
    const answers = await Promise.all(
      Array.from({ length: 13 }, (_, i) =>
        postJson({
          course: course.id,
          name: `Deltakar ${i}`,
          email: `k${i}@course-race.example`,
          phone: '+47 400 00 000',
        }),
      ),
    )
    expect(answers.map((a) => a.status)).toEqual(Array(13).fill(201))
    const regs = await registrations(course.id)
    const confirmed = regs.filter((r) => r.status === 'confirmed')
    const waiting = regs.filter((r) => r.status === 'waitlisted')
    expect(confirmed).toHaveLength(3)
    expect(waiting).toHaveLength(10)
    expect(regs.every((r) => r.event == null)).toBe(true)
    const lastConfirmed = Math.max(...confirmed.map((r) => r.id))
    expect(waiting.every((r) => r.id > lastConfirmed)).toBe(true)
    const positions = waiting.map((r) => {
      const text = emailsTo(r.email!)[0].text ?? ''
      expect(text).toContain('Kurset er fullt')
      return Number(/nummer (\d+) på ventelista/.exec(text)?.[1])
    })
    expect(positions).toEqual(Array.from({ length: 10 }, (_, i) => i + 1))

    const mail = emailsTo(confirmed[0].email!)[0]
    expect(mail.subject).toBe(`Du har plass: ${course.title}`)
    expect(mail.text).toContain(`/kurs/${course.slug}/`)
    expect(mail.text).toContain('Meir om kurset')
    expect(mail.attachments?.[0].filename).toBe('kurs.ics')
    const ics = Buffer.from(mail.attachments![0].content, 'base64').toString('utf8')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toContain(`UID:course-${course.id}-2@`)
    expect(ics).toContain(`SUMMARY:${course.title}`)

    // The public sees the counts on the course, never who.
    const pub = await (await bed.cms.rest(`/courses/${course.id}`)).json()
    expect(pub.signupStatus).toMatchObject({
      state: 'waitlist',
      confirmed: 3,
      waitlisted: 10,
      placesLeft: 0,
    })
    expect(JSON.stringify(pub)).not.toContain('course-race.example')
  }, 60_000)

  it('asks the course’s own questions, and refuses a course not run by the office, a draft and a closed one, storing nothing', async () => {
    const course = await signupCourse(bed.cms.payload)
    const noPhone = await postJson({
      course: course.id,
      name: 'A',
      email: 'a@q.example',
      locale: 'en',
    })
    expect(noPhone.status).toBe(400)
    expect(await noPhone.json()).toEqual({ error: 'Fill in “Phone”.', field: 'phone' })
    expect(await registrations(course.id)).toHaveLength(0)

    const brokered = await signupCourse(bed.cms.payload, { runByOffice: false })
    const draft = await signupCourse(bed.cms.payload, { _status: 'draft' })
    for (const c of [brokered, draft]) {
      const res = await postJson({ course: c.id, name: 'A', email: 'a@no.example', phone: PHONE })
      expect(res.status).toBe(404)
      expect((await res.json()).error).toContain('kurset')
    }
    const yesterday = new Date(Date.now() - 86_400_000 * 1.5).toISOString()
    const closed = await signupCourse(bed.cms.payload, { signupDeadline: yesterday })
    const late = await postJson({
      course: closed.id,
      name: 'A',
      email: 'a@late.example',
      phone: PHONE,
    })
    expect(late.status).toBe(409)
    for (const c of [brokered, draft, closed]) expect(await registrations(c.id)).toHaveLength(0)
  })

  it('the cancel link frees the place for the first waiting, who is emailed', async () => {
    const course = await signupCourse(bed.cms.payload, { capacity: 1 })
    for (const who of ['eva', 'ola'])
      await postJson({ course: course.id, name: who, email: `${who}@cc.example`, phone: PHONE })
    const cancel = linkIn(emailsTo('eva@cc.example')[0].html, '/event-registrations/cancel')
    const shown = await bed.cms.rest(apiPath(cancel))
    expect(await shown.text()).toContain(course.title)
    const done = await bed.cms.rest('/event-registrations/cancel', {
      method: 'POST',
      body: `token=${new URL(cancel).searchParams.get('token')}`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(await done.text()).toContain('Du er avmeld')
    expect((await registrations(course.id)).map((r) => [r.name, r.status])).toEqual([
      ['eva', 'cancelled'],
      ['ola', 'confirmed'],
    ])
    const promoted = emailsTo('ola@cc.example').at(-1)!
    expect(promoted.subject).toBe(`Du har fått plass: ${course.title}`)
    expect(promoted.attachments?.[0].filename).toBe('kurs.ics')
  })

  it('staff get the course’s attendee list as CSV and print; check-in is the registration’s attendance', async () => {
    const course = await signupCourse(bed.cms.payload, { capacity: 5 })
    await postJson({ course: course.id, name: 'Kari', email: 'kari@list.example', phone: PHONE })
    const anon = await bed.cms.rest(`/event-registrations/attendees?course=${course.id}`)
    expect(anon.status).toBe(403)
    const csv = await bed.cms.rest(`/event-registrations/attendees?course=${course.id}`, {
      token: editor,
    })
    expect(csv.headers.get('content-disposition')).toContain(`deltakarar-kurs-${course.id}.csv`)
    expect(await csv.text()).toContain('Kari;kari@list.example')
    const print = await bed.cms.rest(
      `/event-registrations/attendees?course=${course.id}&format=print`,
      { token: editor },
    )
    const html = await print.text()
    expect(html).toContain(`Deltakarliste: ${course.title}`)
    expect(html).toContain('1 med plass av 5')
    const [reg] = await registrations(course.id)
    const checked = await bed.cms.rest(`/event-registrations/${reg.id}`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ attendance: 'attended' }),
    })
    expect(checked.status).toBe(200)
    expect((await registrations(course.id))[0].attendance).toBe('attended')
  })

  it('reminds the day before the first session, and erases attendee data after the last', async () => {
    const first = '2030-06-11T16:00:00.000Z'
    const course = await signupCourse(bed.cms.payload, {
      sessions: [
        { startsAt: first, startsAt_tz: OSLO, endsAt: '2030-06-11T18:00:00.000Z' },
        {
          startsAt: '2030-06-18T16:00:00.000Z',
          startsAt_tz: OSLO,
          endsAt: '2030-06-18T18:00:00.000Z',
        },
      ],
    })
    await postJson({
      course: course.id,
      name: 'Vera',
      email: 'vera@course-remind.example',
      phone: PHONE,
    })
    const [reg] = await registrations(course.id)
    await bed.cms.payload.db.updateOne({
      collection: 'event-registrations',
      id: reg.id,
      data: { createdAt: '2030-06-01T10:00:00.000Z' },
    })
    const dayBefore = new Date('2030-06-10T07:00:00Z')
    expect((await sendDayBeforeReminders(bed.cms.payload, dayBefore)).sent).toBe(1)
    expect(emailsTo('vera@course-remind.example').at(-1)!.subject).toBe(
      `Påminning: ${course.title} i morgon`,
    )
    // Not again before the second session.
    expect(
      (await sendDayBeforeReminders(bed.cms.payload, new Date('2030-06-17T07:00:00Z'))).sent,
    ).toBe(0)

    const lastEnd = new Date('2030-06-18T18:00:00Z').getTime()
    await eraseOldAttendeeData(bed.cms.payload, new Date(lastEnd + 89 * 86_400_000), 90)
    expect((await registrations(course.id))[0].email).toBe('vera@course-remind.example')
    await eraseOldAttendeeData(bed.cms.payload, new Date(lastEnd + 91 * 86_400_000), 90)
    expect((await registrations(course.id))[0]).toMatchObject({
      name: null,
      email: null,
      status: 'confirmed',
    })
  })
})
