import type { Locale } from '../../../common/locales'
import type { GuidanceTopic } from '../../guidance/topics'

export type L = { nn: string; en: string }
export type Paragraphs = { nn: Block[]; en: Block[] }
export type Block = string | { h2: string } | { list: string[] }
export interface SeedTopic {
  slug: string
  name: L
  description: L
}
export interface SeedUser {
  email: string
  name: string
  roles: ('admin' | 'editor' | 'advisor')[]
  /** Guidance topics an advisor answers for (cms/guidance/topics.ts). */
  guidanceTopics?: GuidanceTopic[]
  jobTitle: L
  phone: string
  showOnContactPage: boolean
}
export interface SeedProvider {
  slug: string
  name: string
  kind: 'university' | 'county' | 'public-body' | 'private' | 'lms' | 'other'
  topics: string[]
  website: string
  contact: { name: string; email: string; phone: string }
  description: Paragraphs
}
export interface SeedCourse {
  slug: L
  title: L
  provider: string
  topics: string[]
  format: 'classroom' | 'online' | 'hybrid' | 'self-paced'
  level: 'beginner' | 'intermediate' | 'advanced'
  sessions: { daysFromNow: number; time: string; hours: number }[]
  location: L
  price: { free: boolean; amountNok?: number }
  language: 'no' | 'en' | 'other'
  targetGroup: L
  /** Hours in all, or a week for some weeks; unset: the sessions' own hours in all. */
  workload?: { hours: number; per: 'total' | 'week'; weeks?: number }
  signupUrl?: string
  signupDeadlineDaysFromNow: number | null
  /** A course the office runs itself, with sign-up on the site (as its events). */
  officeSignup?: { capacity: number; waitlist: boolean }
  description: Paragraphs
  draft?: boolean
}
export interface SeedArticle {
  slug: L
  title: L
  excerpt: L
  body: Paragraphs
  topics: string[]
  daysAgo: number
  author: string
  image: 'mountains' | 'meeting' | 'farm' | 'workshop' | 'ski' | 'office' | null
  draft?: boolean
}
export interface SeedEvent {
  slug: L
  title: L
  kind:
    | 'dialogue-meeting'
    | 'business-breakfast'
    | 'course-session'
    | 'network-meeting'
    | 'business-day'
    | 'other'
  daysFromNow: number
  time: string
  hours: number
  allDay?: boolean
  venue: L
  address: string
  onlineUrl?: string
  organiser: L
  capacity?: number
  /** Unset: free. */
  price?: { free: boolean; amountNok?: number; note?: L }
  registration: {
    method: 'site' | 'url' | 'contact' | 'none'
    url?: string
    deadlineDaysFromNow?: number
    /** Sign-up on the site: keep a waiting list when full. */
    waitlist?: boolean
  }
  cancelled?: boolean
  topics: string[]
  description: Paragraphs
  draft?: boolean
}
export interface SeedBusiness {
  name: string
  orgNumber: string
  organisationForm: 'AS' | 'ENK' | 'DA' | 'SA' | 'NUF'
  industryCode: string
  industryText: string
  employees: number
  address: { street: string; postalCode: string; postalPlace: string }
  website?: string
  description: L
  listed: boolean
  registeredYear: number
  contactPerson?: string
  plan?: {
    goal: string
    actions: {
      text: string
      owner: string
      dueInDays: number
      status: 'planned' | 'in-progress' | 'done' | 'dropped'
    }[]
  }[]
  needs?: { topic: string; priority: 'high' | 'medium' | 'low'; note: string }[]
  meetings?: { daysAgo: number; advisor: string; summary: string }[]
}
export interface SeedSubscriber {
  email: string
  name: string
  status: 'unconfirmed' | 'confirmed' | 'unsubscribed' | 'bounced' | 'complained'
  topics: string[]
  locale: Locale
}
export interface SeedNewsletter {
  subject: L
  preheader: L
  intro: Paragraphs
  articles: string[]
  events: string[]
  courses: string[]
}
