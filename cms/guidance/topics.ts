/** What a business or a would-be founder asks the office for help with. */
import { label } from '../fields/labels'

export const GUIDANCE_TOPICS = [
  { value: 'start-business', label: label('Starte bedrift', 'Starting a business') },
  { value: 'funding', label: label('Tilskot og søknadshjelp', 'Funding and application help') },
  { value: 'hiring-skills', label: label('Rekruttering og kompetanse', 'Hiring and skills') },
  { value: 'digitalisation', label: label('Digitalisering', 'Digitalisation') },
  { value: 'export', label: label('Eksport', 'Export') },
  { value: 'other', label: label('Anna', 'Other') },
] as const

export type GuidanceTopic = (typeof GUIDANCE_TOPICS)[number]['value']

export const CONTACT_WAYS = [
  { value: 'email', label: label('E-post', 'Email') },
  { value: 'phone', label: label('Telefon', 'Phone') },
  { value: 'meeting', label: label('Møte', 'Meeting') },
] as const

export const GUIDANCE_STATUSES = [
  { value: 'new', label: label('Ny', 'New') },
  { value: 'in-progress', label: label('Under arbeid', 'In progress') },
  { value: 'meeting-booked', label: label('Møte avtalt', 'Meeting booked') },
  { value: 'done', label: label('Ferdig', 'Done') },
] as const

export const isGuidanceTopic = (v: unknown): v is GuidanceTopic =>
  GUIDANCE_TOPICS.some((t) => t.value === v)
