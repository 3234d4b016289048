import type { CollectionConfig, Field } from 'payload'

import { isStaff } from '../../access'
import { recordedTimeAdmin } from '../../fields/dates'
import { label } from '../../fields/labels'
import { promoteAfterStaffCancel } from '../../events/promotion'
import { eventRegistrationEndpoints } from '../../events/endpoints'
import { rebuildOnSeatChange } from '../../events/rebuildOnSeatChange'

const recorded = (name: string, nn: string, en: string): Field => ({
  name,
  type: 'date',
  label: label(nn, en),
  admin: { ...recordedTimeAdmin, readOnly: true, position: 'sidebar' },
})

/**
 * Sign-ups for events, and for courses the office runs itself, that take them on this site: each
 * names one event or one course. Attendee data are for staff only: nobody creates one here except through the public form (POST /api/event-registrations), and they are
 * anonymised a set number of days after the event (EVENT_ATTENDEE_RETENTION_DAYS).
 */
export const EventRegistrations: CollectionConfig = {
  slug: 'event-registrations',
  labels: {
    singular: label('Påmelding', 'Registration'),
    plural: label('Påmeldingar', 'Registrations'),
  },
  // The public form, the cancel link, the staff exports. The form's POST / comes before Payload's
  // own create, which nobody may use (create: false).
  endpoints: eventRegistrationEndpoints,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'course', 'status', 'attendance', 'createdAt'],
    listSearchableFields: ['name', 'email'],
    group: { nn: 'Arrangement', en: 'Events' },
  },
  access: {
    read: isStaff,
    create: () => false,
    update: isStaff,
    delete: isStaff,
  },
  hooks: { afterChange: [promoteAfterStaffCancel, rebuildOnSeatChange] },
  indexes: [{ fields: ['event', 'status'] }, { fields: ['course', 'status'] }],
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      index: true,
      label: label('Arrangement', 'Event'),
      admin: { condition: (data) => !data?.course },
    },
    {
      // A course the office runs itself takes sign-ups the same way (cms/events/targets.ts).
      name: 'course',
      type: 'relationship',
      relationTo: 'courses',
      index: true,
      label: label('Kurs', 'Course'),
      admin: { condition: (data) => Boolean(data?.course) },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      options: [
        { value: 'confirmed', label: label('Har plass', 'Confirmed') },
        { value: 'waitlisted', label: label('Venteliste', 'Waiting list') },
        { value: 'cancelled', label: label('Avmeld', 'Cancelled') },
      ],
      label: label('Status', 'Status'),
    },
    {
      name: 'attendance',
      type: 'select',
      defaultValue: 'unknown',
      options: [
        { value: 'unknown', label: label('Ikkje registrert', 'Not recorded') },
        { value: 'attended', label: label('Møtte', 'Attended') },
        { value: 'no-show', label: label('Møtte ikkje', 'No-show') },
      ],
      label: label('Oppmøte', 'Attendance'),
    },
    // Not required here: erasure empties them, and the public form requires name and email itself.
    { name: 'name', type: 'text', label: label('Namn', 'Name') },
    { name: 'email', type: 'email', index: true, label: label('E-post', 'Email') },
    { name: 'orgNumber', type: 'text', label: label('Organisasjonsnummer', 'Organisation number') },
    { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
    { name: 'dietary', type: 'text', label: label('Allergiar og kosthald', 'Dietary needs') },
    {
      name: 'accessibility',
      type: 'text',
      label: label('Behov for tilrettelegging', 'Accessibility needs'),
    },
    { name: 'message', type: 'textarea', label: label('Melding', 'Message') },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'nn',
      options: [
        { value: 'nn', label: label('Nynorsk', 'Nynorsk') },
        { value: 'en', label: label('Engelsk', 'English') },
      ],
      label: label('Språk for e-post', 'Email language'),
      admin: { position: 'sidebar' },
    },
    recorded('promotedAt', 'Fekk plass frå ventelista', 'Promoted from the waiting list'),
    recorded('cancelledAt', 'Avmeld', 'Cancelled'),
    recorded('reminderSentAt', 'Påminning sendt', 'Reminder sent'),
    recorded('erasedAt', 'Personopplysningar sletta', 'Personal data erased'),
  ],
}
