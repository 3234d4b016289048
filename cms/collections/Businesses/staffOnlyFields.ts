/**
 * The office's private follow-up of a business. Every field here is readable and writable only by
 * advisors and admins: never by editors, anonymous visitors, or the site build.
 */
import type { Field } from 'payload'

import { fieldIsAdvisorOrAdmin } from '../../access'
import { osloDate } from '../../fields/dates'
import { label } from '../../fields/labels'

const advisorsOnly = { read: fieldIsAdvisorOrAdmin, create: fieldIsAdvisorOrAdmin, update: fieldIsAdvisorOrAdmin }

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
  access: advisorsOnly,
}

export const developmentPlanField: Field = {
  name: 'developmentPlan',
  type: 'array',
  label: label('Utviklingsplan: mål', 'Development plan: goals'),
  access: advisorsOnly,
  fields: [
    { name: 'goal', type: 'text', required: true, label: label('Mål', 'Goal') },
    {
      name: 'actions',
      type: 'array',
      label: label('Tiltak', 'Actions'),
      fields: [
        { name: 'text', type: 'text', required: true, label: label('Tiltak', 'Action') },
        { name: 'owner', type: 'text', label: label('Ansvarleg', 'Owner') },
        osloDate('dueDate', { label: label('Frist', 'Due') }),
        { name: 'status', type: 'select', defaultValue: 'planned', options: ACTION_STATUSES },
      ],
    },
  ],
}

export const needsField: Field = {
  name: 'needs',
  type: 'array',
  label: label('Kompetansebehov', 'Competency needs'),
  access: advisorsOnly,
  fields: [
    { name: 'topic', type: 'relationship', relationTo: 'topics', required: true },
    { name: 'priority', type: 'select', defaultValue: 'medium', options: NEED_PRIORITIES },
    { name: 'note', type: 'textarea' },
    osloDate('recordedAt', { defaultValue: () => new Date().toISOString() }),
  ],
}

export const meetingLogField: Field = {
  name: 'meetingLog',
  type: 'array',
  label: label('Møtelogg', 'Meeting log'),
  access: advisorsOnly,
  fields: [
    osloDate('date', { required: true }),
    { name: 'advisor', type: 'relationship', relationTo: 'users' },
    { name: 'summary', type: 'textarea', required: true },
  ],
}

/** Not stored: the upcoming courses that fit the needs above, worked out when the page renders. */
export const upcomingCoursesField: Field = {
  name: 'upcomingCourses',
  type: 'ui',
  admin: { components: { Field: '/matching/UpcomingCoursesField#UpcomingCoursesField' } },
}
