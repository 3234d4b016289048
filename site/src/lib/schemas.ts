/**
 * What the site accepts from the CMS's public REST API, read as an anonymous visitor with
 * `locale=all&depth=0`: localized fields arrive as { nn, en }, relations as ids, and the loaders
 * have already turned rich text into HTML (`…Html`). A document that does not fit is left out of
 * the build and reported (src/loaders/payload.ts); zod drops every field not named here, so the
 * pages can only use what the public is allowed to see. `types.ts` checks these against Payload's
 * generated types.
 */
import { z } from 'astro/zod'

/** A localized field: either language may be missing; an absent field reads as no text at all. */
const localized = <T extends z.ZodType>(value: T) =>
  z
    .object({ nn: value.nullish(), en: value.nullish() })
    .nullish()
    .transform((v) => v ?? {})

const text = localized(z.string())
const dateTime = z.iso.datetime({ offset: true })
const optionalText = z.string().nullish()
const optionalDateTime = dateTime.nullish()
/** depth=0 sends a relation as its id (the loader normalises populated ones to ids too). */
const relation = z.number().int().nullish()
const relations = z.array(z.number().int())

const imageSize = z
  .object({
    url: optionalText,
    width: z.number().nullish(),
    height: z.number().nullish(),
    mimeType: optionalText,
    filesize: z.number().nullish(),
    filename: optionalText,
  })
  .nullish()

export const topicSchema = z.object({
  id: z.number(),
  name: text,
  slug: z.string(),
  description: text,
  updatedAt: dateTime,
})

export const mediaSchema = z.object({
  id: z.number(),
  alt: text,
  credit: optionalText,
  url: optionalText,
  filename: optionalText,
  mimeType: optionalText,
  width: z.number().nullish(),
  height: z.number().nullish(),
  sizes: z
    .object({ thumbnail: imageSize, card: imageSize, email: imageSize, hero: imageSize })
    .nullish(),
  updatedAt: dateTime,
})

/** The public profile of a staff member on the contact page (no email: staff and self only). */
export const staffSchema = z.object({
  id: z.number(),
  name: z.string(),
  jobTitle: text,
  phone: optionalText,
  photo: relation,
  updatedAt: dateTime,
})

export const articleSchema = z.object({
  id: z.number(),
  title: text,
  slug: text,
  excerpt: text,
  heroImage: relation,
  bodyHtml: text,
  topics: relations,
  author: relation,
  publishedAt: optionalDateTime,
  createdAt: dateTime,
  updatedAt: dateTime,
})

export const EVENT_KINDS = [
  'dialogue-meeting',
  'business-breakfast',
  'course-session',
  'network-meeting',
  'business-day',
  'other',
] as const

const question = z.enum(['off', 'optional', 'required']).nullish()
const questions = z
  .object({
    orgNumber: question,
    phone: question,
    dietary: question,
    accessibility: question,
    message: question,
  })
  .nullish()

/** Sign-up on the site: counts only, never who (cms/events/signupState.ts). */
const signupStatus = z
  .object({
    state: z.enum(['open', 'waitlist', 'full', 'closed', 'cancelled']).nullish(),
    confirmed: z.number().nullish(),
    waitlisted: z.number().nullish(),
    placesLeft: z.number().nullish(),
    erasedAfterDays: z.number().nullish(),
  })
  .nullish()

export const eventSchema = z.object({
  id: z.number(),
  title: text,
  slug: text,
  kind: z.enum(EVENT_KINDS),
  startsAt: dateTime,
  endsAt: optionalDateTime,
  allDay: z.boolean().nullish(),
  venue: text,
  address: optionalText,
  onlineUrl: optionalText,
  organiser: text,
  capacity: z.number().nullish(),
  registration: z
    .object({
      method: z.enum(['site', 'url', 'contact', 'none']).nullish(),
      url: optionalText,
      deadline: optionalDateTime,
      waitlist: z.boolean().nullish(),
      questions,
    })
    .nullish(),
  signupStatus,
  price: z
    .object({ free: z.boolean().nullish(), amountNok: z.number().nullish(), note: text })
    .nullish(),
  cancelled: z.boolean().nullish(),
  topics: relations,
  descriptionHtml: text,
  updatedAt: dateTime,
})

export const courseSchema = z.object({
  id: z.number(),
  title: text,
  slug: text,
  provider: z.number().int(),
  topics: relations,
  format: z.enum(['classroom', 'online', 'hybrid', 'self-paced']),
  level: z.enum(['beginner', 'intermediate', 'advanced']).nullish(),
  sessions: z
    .array(z.object({ startsAt: dateTime, endsAt: optionalDateTime, id: optionalText }))
    .nullish(),
  workload: z
    .object({
      hours: z.number().nullish(),
      per: z.enum(['total', 'week']).nullish(),
      weeks: z.number().nullish(),
    })
    .nullish(),
  location: text,
  price: z.object({ free: z.boolean().nullish(), amountNok: z.number().nullish() }).nullish(),
  language: z.enum(['no', 'en', 'other']).nullish(),
  targetGroup: text,
  /** A course the office runs itself may take sign-ups on this site, as an event does. */
  runByOffice: z.boolean().nullish(),
  capacity: z.number().nullish(),
  registration: z
    .object({
      method: z.enum(['site', 'url']).nullish(),
      waitlist: z.boolean().nullish(),
      questions,
    })
    .nullish(),
  signupStatus,
  signupUrl: optionalText,
  signupDeadline: optionalDateTime,
  descriptionHtml: text,
  updatedAt: dateTime,
})

export const providerSchema = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(['university', 'county', 'public-body', 'private', 'lms', 'other']),
  topics: relations,
  website: optionalText,
  contact: z.object({ name: optionalText, email: optionalText, phone: optionalText }).nullish(),
  descriptionHtml: text,
  updatedAt: dateTime,
})

/**
 * A listed business as the public sees it: register fields and the office's public description.
 * Contact person, development plan, needs and meeting log are never sent to a visitor and have
 * no place here.
 */
export const businessSchema = z.object({
  id: z.number(),
  name: z.string(),
  orgNumber: optionalText,
  registerUnit: z.enum(['entity', 'establishment']).nullish(),
  parent: relation,
  parentOrgNumber: optionalText,
  parentName: optionalText,
  organisationForm: optionalText,
  industryCode: optionalText,
  industryText: optionalText,
  industryCode2: optionalText,
  industryText2: optionalText,
  industryCode3: optionalText,
  industryText3: optionalText,
  activity: optionalText,
  employees: z.number().nullish(),
  employeeCount: z.enum(['exact', 'one-to-four', 'none-registered', 'unknown']).nullish(),
  address: z
    .object({ street: optionalText, postalCode: optionalText, postalPlace: optionalText })
    .nullish(),
  municipalityNumber: optionalText,
  website: optionalText,
  email: optionalText,
  phone: optionalText,
  mobile: optionalText,
  registeredAt: optionalDateTime,
  foundedAt: optionalDateTime,
  registerStatus: z.enum(['active', 'bankrupt', 'winding-up', 'deleted']).nullish(),
  description: text,
  listed: z.boolean().nullish(),
  updatedAt: dateTime,
})

export const newsletterSchema = z.object({
  id: z.number(),
  subject: text,
  preheader: text,
  introHtml: text,
  articles: relations,
  events: relations,
  courses: relations,
  status: z.enum(['draft', 'scheduled', 'sending', 'sent', 'failed']),
  sentAt: optionalDateTime,
  updatedAt: dateTime,
})

export const fundingSchema = z.object({
  id: z.number(),
  name: text,
  slug: text,
  provider: z.string(),
  whoCanApply: text,
  amount: text,
  rolling: z.boolean().nullish(),
  deadline: optionalDateTime,
  url: optionalText,
  topics: relations,
  descriptionHtml: text,
  updatedAt: dateTime,
})

export const settingsSchema = z.object({
  officeName: text,
  municipality: z.string(),
  municipalityNumber: z.string(),
  postalAddress: z.string(),
  contactEmail: z.string(),
  contactPhone: optionalText,
  siteUrl: optionalText,
  logo: relation,
  brandColour: optionalText,
  introduction: text,
  socialLinks: z.array(z.object({ label: z.string(), url: z.string() })).nullish(),
})

const count = <K extends z.ZodType>(key: K) =>
  z.object({ key, label: z.object({ nn: z.string(), en: z.string() }), count: z.number() })

export const statisticsSchema = z.object({
  total: z.number(),
  byIndustrySection: z.array(count(z.string())),
  bySize: z.array(count(z.string())),
  registrationsByYear: z.array(count(z.number())),
})
