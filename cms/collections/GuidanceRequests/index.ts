import type { CollectionConfig } from 'payload'

import { isAdvisorOrAdmin } from '../../access'
import { recordedTimeAdmin } from '../../fields/dates'
import { label } from '../../fields/labels'
import { guidanceRequestEndpoints } from '../../guidance/endpoints'
import { sendNewReplies } from '../../guidance/replies'
import { CONTACT_WAYS, GUIDANCE_STATUSES, GUIDANCE_TOPICS } from '../../guidance/topics'

/** Pickers of the case's advisor list advisors, as a business's contact person does. */
const onlyAdvisors = () => ({ roles: { in: ['advisor'] } })

/**
 * Requests for help from the public form ("Få hjelp frå næringskontoret"), handled as cases by an
 * advisor: advisors and admins only, like a business's follow-up. Created only by the form
 * (POST /api/guidance-requests). A reply added to the thread is emailed to the requester on save.
 */
export const GuidanceRequests: CollectionConfig = {
  slug: 'guidance-requests',
  labels: {
    singular: label('Rettleiingsførespurnad', 'Guidance request'),
    plural: label('Rettleiingsførespurnader', 'Guidance requests'),
  },
  endpoints: guidanceRequestEndpoints,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'topic', 'status', 'advisor', 'createdAt'],
    listSearchableFields: ['name', 'email', 'orgNumber'],
  },
  access: {
    read: isAdvisorOrAdmin,
    create: () => false,
    update: isAdvisorOrAdmin,
    delete: isAdvisorOrAdmin,
  },
  hooks: { beforeChange: [sendNewReplies] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'new',
          index: true,
          options: [...GUIDANCE_STATUSES],
          label: label('Status', 'Status'),
        },
        {
          name: 'advisor',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          filterOptions: onlyAdvisors,
          label: label('Rådgjevar', 'Advisor'),
        },
      ],
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      options: [...GUIDANCE_TOPICS],
      label: label('Gjeld', 'About'),
    },
    {
      name: 'fundingScheme',
      type: 'relationship',
      relationTo: 'funding-schemes',
      label: label('Tilskotsordning', 'Funding scheme'),
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      label: label('Kva gjeld det', 'What it is about'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactWay',
          type: 'select',
          options: [...CONTACT_WAYS],
          label: label('Ønskt kontaktmåte', 'Preferred contact'),
        },
        { name: 'contactTimes', type: 'text', label: label('Når det passar', 'Good times') },
      ],
    },
    { name: 'name', type: 'text', required: true, label: label('Namn', 'Name') },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true, label: label('E-post', 'Email') },
        { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'orgNumber',
          type: 'text',
          index: true,
          label: label('Organisasjonsnummer', 'Organisation number'),
        },
        {
          name: 'notRegistered',
          type: 'checkbox',
          label: label('Ikkje registrert enno (gründar)', 'Not registered yet (entrepreneur)'),
        },
      ],
    },
    {
      name: 'business',
      type: 'relationship',
      relationTo: 'businesses',
      label: label('Verksemd eller gründar', 'Business or entrepreneur'),
    },
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
    {
      name: 'consentAt',
      type: 'date',
      label: label('Samtykke gjeve', 'Consent given'),
      admin: { ...recordedTimeAdmin, readOnly: true, position: 'sidebar' },
    },
    {
      name: 'thread',
      type: 'array',
      label: label('Samtale', 'Conversation'),
      labels: { singular: label('Melding', 'Message'), plural: label('Meldingar', 'Messages') },
      admin: {
        description: label(
          '«Svar til innsendar» blir sendt på e-post når du lagrar. Svar frå innsendaren skriv du inn som «Svar frå innsendar».',
          '“Reply to requester” is emailed when you save. Record the requester’s answers as “Answer from requester”.',
        ),
      },
      fields: [
        {
          name: 'direction',
          type: 'select',
          required: true,
          defaultValue: 'out',
          options: [
            { value: 'out', label: label('Svar til innsendar', 'Reply to requester') },
            { value: 'in', label: label('Svar frå innsendar', 'Answer from requester') },
          ],
          label: label('Retning', 'Direction'),
        },
        { name: 'text', type: 'textarea', required: true, label: label('Tekst', 'Text') },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: label('Skriven av', 'Written by'),
          admin: { readOnly: true },
        },
        {
          name: 'sentAt',
          type: 'date',
          label: label('Sendt', 'Sent'),
          admin: { ...recordedTimeAdmin, readOnly: true },
        },
      ],
    },
  ],
}
