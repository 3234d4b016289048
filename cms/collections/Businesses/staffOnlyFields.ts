/**
 * The office's private follow-up of a business. Every field here is readable and writable only by
 * advisors and admins: never by editors, anonymous visitors, or the site build.
 */
import type { Field, FieldHook } from 'payload'

import { fieldIsAdvisorOrAdmin } from '../../access'
import { hasRole } from '../../access/roles'
import { osloDate } from '../../fields/dates'
import { label } from '../../fields/labels'

/** Pickers of "our contact person" and a meeting's advisor list advisors, not editors or admins. */
const onlyAdvisors = () => ({ roles: { in: ['advisor'] } })

type MeetingRow = { date?: string | null }

const newestMeetingFirst: FieldHook = ({ value }) =>
  Array.isArray(value)
    ? [...(value as MeetingRow[])].sort(
        (a, b) => (Date.parse(b.date ?? '') || 0) - (Date.parse(a.date ?? '') || 0),
      )
    : value

const advisorsOnly = {
  read: fieldIsAdvisorOrAdmin,
  create: fieldIsAdvisorOrAdmin,
  update: fieldIsAdvisorOrAdmin,
}

export const ACTION_STATUSES = [
  { value: 'planned', label: label('Planlagt', 'Planned') },
  { value: 'in-progress', label: label('I gang', 'In progress') },
  { value: 'done', label: label('Ferdig', 'Done') },
  { value: 'dropped', label: label('Droppa', 'Dropped') },
]

export const NEED_PRIORITIES = [
  { value: 'high', label: label('Høg', 'High') },
  { value: 'medium', label: label('Middels', 'Medium') },
  { value: 'low', label: label('Låg', 'Low') },
]

export const contactPersonField: Field = {
  name: 'contactPerson',
  type: 'relationship',
  relationTo: 'users',
  label: label('Kontaktperson hos oss', 'Our contact person'),
  filterOptions: onlyAdvisors,
  access: advisorsOnly,
}

export const developmentPlanField: Field = {
  name: 'developmentPlan',
  type: 'array',
  label: label('Utviklingsplan: mål', 'Development plan: goals'),
  labels: { singular: label('Mål', 'Goal'), plural: label('Mål', 'Goals') },
  access: advisorsOnly,
  fields: [
    { name: 'goal', type: 'text', required: true, label: label('Mål', 'Goal') },
    {
      name: 'actions',
      type: 'array',
      label: label('Tiltak', 'Actions'),
      labels: { singular: label('Tiltak', 'Action'), plural: label('Tiltak', 'Actions') },
      fields: [
        { name: 'text', type: 'text', required: true, label: label('Tiltak', 'Action') },
        { name: 'owner', type: 'text', label: label('Ansvarleg', 'Owner') },
        osloDate('dueDate', { label: label('Frist', 'Due') }),
        {
          name: 'status',
          type: 'select',
          defaultValue: 'planned',
          options: ACTION_STATUSES,
          label: label('Status', 'Status'),
        },
      ],
    },
  ],
}

export const needsField: Field = {
  name: 'needs',
  type: 'array',
  label: label('Kompetansebehov', 'Competency needs'),
  labels: { singular: label('Behov', 'Need'), plural: label('Behov', 'Needs') },
  access: advisorsOnly,
  fields: [
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'topics',
      required: true,
      label: label('Tema', 'Topic'),
    },
    {
      name: 'priority',
      type: 'select',
      defaultValue: 'medium',
      options: NEED_PRIORITIES,
      label: label('Prioritet', 'Priority'),
    },
    { name: 'note', type: 'textarea', label: label('Merknad', 'Note') },
    osloDate('recordedAt', {
      defaultValue: () => new Date().toISOString(),
      label: label('Registrert', 'Recorded'),
    }),
  ],
}

export const meetingLogField: Field = {
  name: 'meetingLog',
  type: 'array',
  label: label('Møtelogg', 'Meeting log'),
  labels: { singular: label('Møte', 'Meeting'), plural: label('Møte', 'Meetings') },
  access: advisorsOnly,
  // Newest first, like a CRM's timeline; "Logg eit møte" above adds today's meeting on top.
  hooks: { beforeChange: [newestMeetingFirst] },
  admin: {
    components: { RowLabel: '/collections/Businesses/admin/MeetingRowLabel#MeetingRowLabel' },
  },
  fields: [
    osloDate('date', {
      required: true,
      label: label('Dato', 'Date'),
      defaultValue: () => new Date().toISOString(),
    }),
    {
      name: 'advisor',
      type: 'relationship',
      relationTo: 'users',
      label: label('Rådgjevar', 'Advisor'),
      defaultValue: ({ user }) => (hasRole(user, 'advisor') ? user?.id : undefined),
      filterOptions: onlyAdvisors,
    },
    { name: 'summary', type: 'textarea', required: true, label: label('Samandrag', 'Summary') },
  ],
}

/** Not stored: the button that puts a new meeting on top of the log. */
export const logMeetingField: Field = {
  name: 'logMeeting',
  type: 'ui',
  admin: {
    components: { Field: '/collections/Businesses/admin/LogMeetingButton#LogMeetingButton' },
  },
}

/** Not stored: the upcoming courses that fit the needs above, worked out when the page renders. */
export const upcomingCoursesField: Field = {
  name: 'upcomingCourses',
  type: 'ui',
  admin: { components: { Field: '/matching/UpcomingCoursesField#UpcomingCoursesField' } },
}
