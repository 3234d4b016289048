/**
 * Loads what an issue says from the CMS (published documents only) as the renderer's plain
 * IssueContent (emails/content.ts): one language, Oslo dates, links to the public site.
 */
import type { Payload } from 'payload'

import { DEFAULT_LOCALE, type Locale } from '../../common/locales'
import { formatDate, formatMonth, formatWeekdayTime as formatDateTime } from '../../common/oslo'
import { sitePaths } from '../../common/routes'
import type {
  ArticleItem,
  CourseItem,
  EventItem,
  FundingItem,
  IssueContent,
} from '../../emails/content'
import { richTextToEmailHtml } from '../../emails/richText'
import type {
  Article,
  Course,
  Event,
  FundingScheme,
  Media,
  Newsletter,
  SiteSetting,
  Topic,
  User,
} from '../payload-types'

const idOf = (v: number | string | { id: number | string }) =>
  String(typeof v === 'object' ? v.id : v)
const topicIds = (topics: (number | Topic)[] | null | undefined) => (topics ?? []).map(idOf)
const isPublished = (doc: { _status?: string | null }) => doc._status === 'published'

/** Relationship values arrive populated (depth ≥ 1) or as ids for documents we may not read. */
function populated<T extends { id: number | string }>(
  list: (number | T)[] | null | undefined,
): T[] {
  return (list ?? []).filter((v): v is T => typeof v === 'object' && v !== null)
}

function articleItem(a: Article, locale: Locale, siteUrl: string): ArticleItem {
  const media = typeof a.heroImage === 'object' && a.heroImage ? (a.heroImage as Media) : undefined
  const size = media?.sizes?.email?.url ? media.sizes.email : undefined
  return {
    id: String(a.id),
    title: a.title,
    excerpt: a.excerpt ?? '',
    url: `${siteUrl}${sitePaths.article(locale, a.slug)}`,
    topics: topicIds(a.topics),
    image:
      media && (size?.url ?? media.url)
        ? {
            src: (size?.url ?? media.url)!,
            alt: media.alt ?? '',
            width: size?.width ?? media.width ?? 600,
            height: size?.height ?? media.height ?? 338,
          }
        : undefined,
  }
}

function eventItem(e: Event, locale: Locale, siteUrl: string, online: string): EventItem {
  const place =
    [e.venue, e.address].filter(Boolean).join(', ') || (e.onlineUrl ? online : undefined)
  return {
    id: String(e.id),
    title: e.title,
    url: `${siteUrl}${sitePaths.event(locale, e.slug)}`,
    topics: topicIds(e.topics),
    when: e.allDay ? formatDate(e.startsAt, locale) : formatDateTime(e.startsAt, locale),
    place,
    cancelled: Boolean(e.cancelled),
  }
}

const firstSession = (c: Course) =>
  (c.sessions ?? []).map((s) => s.startsAt).sort()[0] ?? c.signupDeadline ?? ''

function courseItem(c: Course, locale: Locale, siteUrl: string): CourseItem {
  const first = (c.sessions ?? []).map((s) => s.startsAt).sort()[0]
  return {
    id: String(c.id),
    title: c.title,
    url: `${siteUrl}${sitePaths.course(locale, c.slug)}`,
    topics: topicIds(c.topics),
    startsAt: first ? formatDateTime(first, locale) : undefined,
    place: c.location ?? undefined,
    signupDeadline: c.signupDeadline ? formatDate(c.signupDeadline, locale) : undefined,
  }
}

/** Open funding calls with a deadline from today on, nearest first (at most `limit`). */
async function upcomingFunding(
  payload: Payload,
  locale: Locale,
  now: Date,
  limit = 4,
): Promise<FundingItem[]> {
  const startOfDay = new Date(now.getTime() - 24 * 3600_000).toISOString()
  const found = await payload.find({
    collection: 'funding-schemes',
    where: {
      and: [{ deadline: { greater_than_equal: startOfDay } }, { rolling: { not_equals: true } }],
    },
    sort: 'deadline',
    limit,
    depth: 0,
    locale,
  })
  return found.docs.map((f: FundingScheme) => ({
    id: String(f.id),
    title: f.name,
    url: f.url ?? '',
    topics: topicIds(f.topics),
    provider: f.provider,
    deadline: formatDate(f.deadline!, locale),
  }))
}

/** The issue's named contact, or the first colleague shown on the contact page. */
async function contactPerson(
  payload: Payload,
  issue: Newsletter,
  locale: Locale,
): Promise<User | undefined> {
  const chosen = (issue as Newsletter & { contactPerson?: number | User | null }).contactPerson
  if (chosen && typeof chosen === 'object') return chosen
  if (chosen)
    return (await payload.findByID({ collection: 'users', id: chosen, locale, depth: 0 })) as User
  const shown = await payload.find({
    collection: 'users',
    where: { showOnContactPage: { equals: true } },
    sort: 'createdAt',
    limit: 1,
    locale,
    depth: 0,
  })
  return shown.docs[0]
}

/** The office as the footer shows it; an unset site-settings field is empty, never "undefined". */
export function officeOf(settings: Partial<SiteSetting>, locale: Locale): IssueContent['office'] {
  return {
    name: settings.officeName || (locale === 'nn' ? 'Næringskontoret' : 'The business office'),
    postalAddress: settings.postalAddress ?? '',
    email: settings.contactEmail ?? '',
    phone: settings.contactPhone ?? undefined,
  }
}

export interface LoadOptions {
  siteUrl: string
  /** When the issue goes out: decides "upcoming" and the month shown. */
  now?: Date
}

/** Whether the issue was written in English too: its English subject, without falling back. */
export async function hasEdition(payload: Payload, id: number | string, locale: Locale) {
  if (locale === DEFAULT_LOCALE) return true
  const issue = await payload.findByID({
    collection: 'newsletters',
    id,
    locale,
    fallbackLocale: false,
    depth: 0,
    select: { subject: true },
  })
  return Boolean(issue.subject?.trim())
}

/**
 * An issue not written in English goes to English subscribers in Nynorsk, whole: subject, intro,
 * items and the web link alike, rather than a Nynorsk subject over English item texts and a link
 * to an English web page that does not exist. The editor is warned before sending.
 */
export async function loadIssueContent(
  payload: Payload,
  issueOrId: Newsletter | number | string,
  wanted: Locale,
  opts: LoadOptions,
): Promise<IssueContent> {
  const now = opts.now ?? new Date()
  const id = typeof issueOrId === 'object' ? issueOrId.id : issueOrId
  const locale = (await hasEdition(payload, id, wanted)) ? wanted : DEFAULT_LOCALE
  // Always re-read in the wanted locale with relations populated: a passed-in doc may be either.
  const issue = (await payload.findByID({
    collection: 'newsletters',
    id,
    locale,
    depth: 2,
    fallbackLocale: 'nn',
  })) as Newsletter
  const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
  const contact = await contactPerson(payload, issue, locale)
  const office = officeOf(settings, locale)
  const online = locale === 'nn' ? 'Digitalt' : 'Online'
  return {
    issueId: String(issue.id),
    locale,
    subject: issue.subject,
    preheader: issue.preheader ?? '',
    month: formatMonth((issue.sentAt ?? issue.scheduledAt ?? now.toISOString()) as string, locale),
    introHtml: richTextToEmailHtml(issue.intro),
    articles: populated<Article>(issue.articles)
      .filter(isPublished)
      .map((a) => articleItem(a, locale, opts.siteUrl)),
    // Events and courses in the order they happen; articles in the editor's order.
    events: populated<Event>(issue.events)
      .filter(isPublished)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((e) => eventItem(e, locale, opts.siteUrl, online)),
    courses: populated<Course>(issue.courses)
      .filter(isPublished)
      .sort((a, b) => firstSession(a).localeCompare(firstSession(b)))
      .map((c) => courseItem(c, locale, opts.siteUrl)),
    funding: await upcomingFunding(payload, locale, now),
    contact: contact
      ? {
          name: contact.name,
          jobTitle: contact.jobTitle ?? undefined,
          email: contact.email,
          phone: contact.phone ?? undefined,
        }
      : { name: office.name, email: office.email, phone: office.phone },
    office,
    siteUrl: opts.siteUrl,
  }
}
