/**
 * What staff and the public see of sign-ups: attendee data for staff only, counts for everyone,
 * the attendee list as CSV and print, attendees told of a cancelled or moved event, the reminder
 * the day before, and the erasure after the retention period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newsletterTestbed, type Testbed } from '../newsletter/test/harness'
import { eraseOldAttendeeData, sendDayBeforeReminders } from './housekeepingTask'
import { signupsPerAddress, signupsPerClient } from './endpoints/signup'
import { signupEvent } from './test/events'

let bed: Testbed
let editor: string
let ip = 0

const signUp = (event: number, name: string, email: string, extra: Record<string, string> = {}) => {
  signupsPerClient.reset()
  signupsPerAddress.reset()
  return bed.cms.rest('/event-registrations', {
    method: 'POST',
    body: JSON.stringify({ event, name, email, ...extra }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.2.0.${++ip}` },
  })
}
const emailsTo = (address: string) => bed.fake.messages.filter((m) => m.to.includes(address))

beforeAll(async () => {
  bed = await newsletterTestbed()
  editor = await bed.cms.staff(['editor'])
})
afterAll(() => bed?.close())

describe('who sees attendees', () => {
  it('anonymous visitors get no registrations, not even through the event; they do get the counts', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 2 })
    await signUp(event.id, 'Kari Nordmann', 'kari@access.example')
    const list = await bed.cms.rest('/event-registrations')
    expect(list.status).toBe(403)
    const probe = await bed.cms.rest('/event-registrations?where[email][like]=kari')
    expect(JSON.stringify(await probe.json())).not.toContain('kari@')
    const pub = await (await bed.cms.rest(`/events/${event.id}?depth=1`)).json()
    expect(pub.signupStatus).toEqual({
      state: 'open',
      confirmed: 1,
      waitlisted: 0,
      placesLeft: 1,
      erasedAfterDays: 90,
    })
    expect(JSON.stringify(pub)).not.toContain('Kari')
    const attendees = await bed.cms.rest(`/event-registrations/attendees?event=${event.id}`)
    expect(attendees.status).toBe(403)
  })

  it('staff read the list; the CSV opens in Norwegian Excel (BOM, semicolons) and the print page lists names', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 1 })
    await signUp(event.id, 'Ola; «Nordmann»', 'ola@csv.example', { dietary: 'Glutenfri' })
    await signUp(event.id, 'Per', 'per@csv.example')
    const res = await bed.cms.rest(`/event-registrations/attendees?event=${event.id}`, {
      token: editor,
    })
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n')
    expect(lines[0].split(';').slice(0, 2)).toEqual(['Namn', 'E-post'])
    expect(lines[1]).toContain('"Ola; «Nordmann»";ola@csv.example')
    expect(lines[1]).toContain('Glutenfri')
    expect(lines[2]).toContain('Venteliste')
    const print = await bed.cms.rest(
      `/event-registrations/attendees?event=${event.id}&format=print`,
      { token: editor },
    )
    const html = await print.text()
    expect(html).toContain('1 med plass av 1, 1 på venteliste')
    expect(html).toContain('Per')
  })

  it('staff check attendees in (attended / no-show); a staff cancellation promotes the next in line', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 1 })
    await signUp(event.id, 'Anne', 'anne@checkin.example')
    await signUp(event.id, 'Bjørn', 'bjorn@checkin.example')
    const [anne, bjorn] = (
      await bed.cms.payload.find({
        collection: 'event-registrations',
        where: { event: { equals: event.id } },
        sort: 'createdAt',
      })
    ).docs
    const checkIn = await bed.cms.rest(`/event-registrations/${anne.id}`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ attendance: 'attended' }),
    })
    expect(checkIn.status).toBe(200)
    await bed.cms.rest(`/event-registrations/${anne.id}`, {
      method: 'PATCH',
      token: editor,
      body: JSON.stringify({ status: 'cancelled' }),
    })
    const after = await bed.cms.payload.findByID({
      collection: 'event-registrations',
      id: bjorn.id,
    })
    expect(after.status).toBe('confirmed')
    expect(emailsTo('bjorn@checkin.example').at(-1)!.subject).toContain('Du har fått plass')
  })
})

describe('attendees told of changes', () => {
  it('a cancelled event emails everyone signed up, with a cancelling calendar file', async () => {
    const event = await signupEvent(bed.cms.payload, { capacity: 1 })
    await signUp(event.id, 'Siri', 'siri@change.example')
    await signUp(event.id, 'Tor', 'tor@change.example', { locale: 'en' })
    await bed.cms.payload.update({
      collection: 'events',
      id: event.id,
      data: { cancelled: true },
      context: { skipSiteBuild: true },
    })
    await bed.cms.payload.jobs.run()
    const siri = emailsTo('siri@change.example').at(-1)!
    expect(siri.subject).toBe(`Avlyst: ${event.title}`)
    const ics = Buffer.from(siri.attachments![0].content, 'base64').toString()
    expect(ics).toContain('STATUS:CANCELLED')
    expect(emailsTo('tor@change.example').at(-1)!.subject).toBe(`Cancelled: ${event.title}`)
  })

  it('a moved event emails the new time', async () => {
    const event = await signupEvent(bed.cms.payload)
    await signUp(event.id, 'Une', 'une@move.example')
    const later = new Date(new Date(event.startsAt).getTime() + 86_400_000).toISOString()
    await bed.cms.payload.update({
      collection: 'events',
      id: event.id,
      data: { startsAt: later },
      context: { skipSiteBuild: true },
    })
    await bed.cms.payload.jobs.run()
    const mail = emailsTo('une@move.example').at(-1)!
    expect(mail.subject).toBe(`Endra tid eller stad: ${event.title}`)
  })

  it('moved in a draft, then published: attendees are told when it goes public, not before', async () => {
    const event = await signupEvent(bed.cms.payload)
    await signUp(event.id, 'Yngve', 'yngve@draft.example')
    const later = new Date(new Date(event.startsAt).getTime() + 3_600_000).toISOString()
    await bed.cms.payload.update({
      collection: 'events',
      id: event.id,
      data: { startsAt: later },
      draft: true,
      context: { skipSiteBuild: true },
    })
    await bed.cms.payload.jobs.run()
    expect(emailsTo('yngve@draft.example')).toHaveLength(1)
    await bed.cms.payload.update({
      collection: 'events',
      id: event.id,
      data: { _status: 'published' },
      context: { skipSiteBuild: true },
    })
    await bed.cms.payload.jobs.run()
    expect(emailsTo('yngve@draft.example').at(-1)!.subject).toContain('Endra tid eller stad')
  })
})

describe('the daily job', () => {
  it('reminds those with a place the day before, once', async () => {
    const now = new Date('2030-03-04T08:00:00Z')
    const event = await signupEvent(bed.cms.payload, { startsAt: '2030-03-05T09:00:00Z' })
    await signUp(event.id, 'Vera', 'vera@remind.example')
    const reg = (
      await bed.cms.payload.find({
        collection: 'event-registrations',
        where: { email: { equals: 'vera@remind.example' } },
      })
    ).docs[0]
    // Signed up "yesterday", as far as the job can tell.
    await bed.cms.payload.db.updateOne({
      collection: 'event-registrations',
      id: reg.id,
      data: { createdAt: '2030-03-01T10:00:00.000Z' },
    })
    expect((await sendDayBeforeReminders(bed.cms.payload, now)).sent).toBe(1)
    expect(emailsTo('vera@remind.example').at(-1)!.subject).toBe(
      `Påminning: ${event.title} i morgon`,
    )
    expect((await sendDayBeforeReminders(bed.cms.payload, now)).sent).toBe(0)
  })

  it('erases attendee data the set number of days after the event, keeping status and attendance', async () => {
    const event = await signupEvent(bed.cms.payload)
    await signUp(event.id, 'Wenche', 'wenche@erase.example')
    const eventTime = new Date(event.startsAt).getTime()
    expect(
      await eraseOldAttendeeData(bed.cms.payload, new Date(eventTime + 89 * 86_400_000), 90),
    ).toBe(0)
    expect(
      await eraseOldAttendeeData(bed.cms.payload, new Date(eventTime + 91 * 86_400_000), 90),
    ).toBeGreaterThan(0)
    const [erased] = (
      await bed.cms.payload.find({
        collection: 'event-registrations',
        where: { event: { equals: event.id } },
      })
    ).docs
    expect(erased).toMatchObject({ name: null, email: null, status: 'confirmed' })
    expect(erased.erasedAt).toBeTruthy()
  })
})
