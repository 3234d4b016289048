import type { CollectionConfig } from 'payload'

import { contentLanguagesField } from '../../admin/contentLanguages'
import { fieldIsStaff, isEditorOrAdmin, publishedOrStaff } from '../../access'
import { osloDate, osloDateTime } from '../../fields/dates'
import { inLanguageOf, label } from '../../fields/labels'
import type { Course } from '../../payload-types'
import { slugField } from '../../fields/slug'
import { topicsField } from '../../fields/topics'
import { isPublished, rebuildSiteHooks } from '../../hooks/requestSiteBuild'
import { validateWebUrl } from '../../fields/webUrl'
import { publishStatusField } from '../../fields/publishStatus'
import { requireNynorskToPublish } from '../../hooks/requireNynorsk'
import { previewPageEndpoint, previewUrl } from '../../preview/previewEndpoint'
import { courseSignupStatus, signupStatusField } from '../../events/eventHooks'
import { siteSignupFields } from '../../events/signupFields'
import { workloadField } from './workload'

export const COURSE_FORMATS = [
  { value: 'classroom', label: label('Klasserom', 'Classroom') },
  { value: 'online', label: label('Nett, direkte', 'Online, live') },
  { value: 'hybrid', label: label('Hybrid', 'Hybrid') },
  { value: 'self-paced', label: label('Sjølvstudium / LMS', 'Self-paced / LMS') },
]

export const COURSE_LEVELS = [
  { value: 'beginner', label: label('Grunnleggjande', 'Beginner') },
  { value: 'intermediate', label: label('Vidarekomen', 'Intermediate') },
  { value: 'advanced', label: label('Avansert', 'Advanced') },
]

/** Course listings from providers: what the office brokers to local businesses. */
export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: { singular: label('Kurs', 'Course'), plural: label('Kurs', 'Courses') },
  endpoints: [previewPageEndpoint('courses')],
  admin: {
    preview: previewUrl('courses'),
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'contentLanguages',
      'provider',
      'format',
      'signupDeadline',
      '_status',
    ],
  },
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    ...rebuildSiteHooks(isPublished),
    beforeChange: [requireNynorskToPublish()],
    afterRead: [courseSignupStatus],
  },
  versions: { drafts: true, maxPerDoc: 20 },
  fields: [
    publishStatusField(),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tittel', 'Title'),
    },
    slugField(),
    contentLanguagesField(),
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'providers',
      required: true,
      label: label('Tilbydar', 'Provider'),
    },
    topicsField(),
    {
      name: 'format',
      type: 'select',
      required: true,
      options: COURSE_FORMATS,
      label: label('Form', 'Format'),
    },
    { name: 'level', type: 'select', options: COURSE_LEVELS, label: label('Nivå', 'Level') },
    {
      name: 'sessions',
      type: 'array',
      label: label('Samlingar', 'Sessions'),
      labels: { singular: label('Samling', 'Session'), plural: label('Samlingar', 'Sessions') },
      fields: [
        {
          type: 'row',
          fields: [
            osloDateTime('startsAt', { required: true, label: label('Startar', 'Starts') }),
            osloDateTime('endsAt', { label: label('Sluttar', 'Ends') }),
          ],
        },
      ],
    },
    workloadField(),
    { name: 'location', type: 'text', localized: true, label: label('Stad', 'Location') },
    {
      name: 'price',
      type: 'group',
      label: label('Pris', 'Price'),
      fields: [
        { name: 'free', type: 'checkbox', defaultValue: false, label: label('Gratis', 'Free') },
        {
          name: 'amountNok',
          type: 'number',
          min: 0,
          label: label('Beløp (NOK)', 'Amount (NOK)'),
          admin: { condition: (_, sibling) => !sibling?.free },
        },
      ],
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'no',
      options: [
        { value: 'no', label: label('Norsk', 'Norwegian') },
        { value: 'en', label: label('Engelsk', 'English') },
        { value: 'other', label: label('Anna', 'Other') },
      ],
      // Not "Språk": that is the content-language switch above the form.
      label: label('Kursspråk', 'Course language'),
    },
    {
      name: 'targetGroup',
      type: 'text',
      localized: true,
      label: label('Målgruppe', 'Target group'),
    },
    {
      name: 'runByOffice',
      type: 'checkbox',
      defaultValue: false,
      label: label('Næringskontoret held kurset sjølv', 'The office runs this course itself'),
    },
    {
      name: 'capacity',
      type: 'number',
      min: 0,
      label: label('Plassar', 'Capacity'),
      admin: { condition: (data) => Boolean(data?.runByOffice) },
    },
    {
      // The same sign-up as an event's (cms/events/): form, seats, waiting list, emails.
      name: 'registration',
      type: 'group',
      label: label('Påmelding', 'Registration'),
      admin: { condition: (data) => Boolean(data?.runByOffice) },
      fields: [
        {
          name: 'method',
          type: 'select',
          defaultValue: 'url',
          options: [
            { value: 'site', label: label('Påmelding på nettstaden', 'Sign-up on this site') },
            { value: 'url', label: label('Påmeldingslenkja under', 'The signup link below') },
          ],
          label: label('Måte', 'Method'),
          validate: (
            value: unknown,
            { data, req }: { data: Partial<Course>; req?: { i18n?: { language?: string } } },
          ) =>
            value !== 'site' || !data?.runByOffice || (data.sessions?.length ?? 0) > 0
              ? true
              : inLanguageOf(
                  req,
                  'Påmelding på nettstaden treng minst éi samling med tid',
                  'Sign-up on this site needs at least one session with a time',
                ),
        },
        ...siteSignupFields(),
      ],
    },
    {
      name: 'signupUrl',
      type: 'text',
      validate: validateWebUrl,
      label: label('Påmeldingslenkje', 'Signup link'),
      admin: {
        condition: (data) => !(data?.runByOffice && data?.registration?.method === 'site'),
      },
    },
    osloDate('signupDeadline', {
      label: label('Påmeldingsfrist', 'Signup deadline'),
      admin: {
        description: label(
          'Siste dag for påmelding (til og med denne dagen).',
          'The last day to sign up (until the end of that day).',
        ),
      },
    }),
    signupStatusField(),
    {
      name: 'registrations',
      type: 'join',
      collection: 'event-registrations',
      on: 'course',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: label('Påmelde', 'Attendees'),
      access: { read: fieldIsStaff },
      admin: {
        condition: (data) => Boolean(data?.runByOffice) && data?.registration?.method === 'site',
        defaultColumns: ['name', 'status', 'attendance', 'createdAt'],
        description: label(
          'Eksport: /api/event-registrations/attendees?course=<id> (CSV) og &format=print (utskrift).',
          'Export: /api/event-registrations/attendees?course=<id> (CSV) and &format=print (printable).',
        ),
      },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Skildring', 'Description'),
    },
  ],
}
