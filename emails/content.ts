/**
 * What an issue says, in one language, as plain data for the templates: texts ready to show, dates
 * formatted in Oslo time, links pointing at the public site, and every item tagged with its topic
 * ids so the renderer can mark the sections subscribers choose between. Loading it from the CMS is
 * the CMS's business (cms/newsletter/content.ts); the renderer only takes it.
 */
import type { Locale } from '../common/locales'

export interface ItemBase {
  id: string
  title: string
  url: string
  /** Topic ids; empty means "for everyone". */
  topics: string[]
}

export interface ArticleItem extends ItemBase {
  excerpt: string
  image?: { src: string; alt: string; width: number; height: number }
}

export interface EventItem extends ItemBase {
  when: string
  place?: string
  cancelled: boolean
}

export interface CourseItem extends ItemBase {
  startsAt?: string
  place?: string
  signupDeadline?: string
}

export interface FundingItem extends ItemBase {
  provider: string
  deadline: string
}

export interface IssueContent {
  issueId: string
  locale: Locale
  subject: string
  preheader: string
  /** "desember 2026": the issue's month, from when it is (or will be) sent. */
  month: string
  introHtml: string
  articles: ArticleItem[]
  events: EventItem[]
  courses: CourseItem[]
  funding: FundingItem[]
  contact: { name: string; jobTitle?: string; email?: string; phone?: string }
  office: { name: string; postalAddress: string; email: string; phone?: string }
  siteUrl: string
}
