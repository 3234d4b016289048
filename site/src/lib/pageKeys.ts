/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are both unchanged since the last build is not rendered again, its last output is reused.
 * So a key must change whenever anything the page shows changes: its document, what it shows from
 * other collections (topics, hero image, author, provider, the month's articles), the frame every
 * page has (site settings and their logo), the day (what is upcoming or past, whether sign-up is
 * open) and the addresses the build was given. Pages without a key (home, lists, topic and provider
 * pages, the newsletter archive) are rendered on every build: they are few, and show many documents.
 * `test/site.incremental.test.ts` holds a publish to a full build of the same content, file by file.
 */
import { createHash } from 'node:crypto'

import { osloDay } from '../../../common/oslo'
import {
  buildTime,
  byId,
  digestOf,
  generation,
  isCurrentCourse,
  media,
  providers,
  settings,
  signupOpen,
  staff,
  topics,
} from '../data'
import type * as T from './types'

const hash = (parts: (string | number | boolean | null | undefined)[]) =>
  createHash('sha256').update(JSON.stringify(parts)).digest('base64url')

/** The digest of a document by id in a collection, '' when there is none (or it is withheld). */
async function digestById<V extends { id: number | string }>(
  list: Promise<V[]>,
  id: number | null | undefined,
): Promise<string> {
  if (id == null) return ''
  const doc = (await byId(list)).get(id)
  return doc ? digestOf(doc) : 'missing'
}

let frame: { generation: number; key: Promise<string> } | undefined
/** What every page shows or depends on besides its own content. */
function frameKey(): Promise<string> {
  if (frame?.generation !== generation()) frame = { generation: generation(), key: frameOf() }
  return frame.key
}
const frameOf = async () => {
  const office = await settings()
  return hash([
    office ? digestOf(office) : '',
    await digestById(media(), office?.logo),
    osloDay(buildTime().toISOString()),
    process.env.SITE_URL,
    process.env.PUBLIC_CMS_URL,
    process.env.CMS_URL,
  ])
}

const topicDigests = async (ids: number[] | undefined) =>
  Promise.all((ids ?? []).map((id) => digestById(topics(), id)))

export async function articleKey(article: T.SiteArticle): Promise<string> {
  return hash([
    await frameKey(),
    digestOf(article),
    await digestById(media(), article.heroImage),
    await digestById(staff(), article.author),
    ...(await topicDigests(article.topics)),
  ])
}

export async function eventKey(event: T.SiteEvent): Promise<string> {
  const past = (event.endsAt ?? event.startsAt) < buildTime().toISOString()
  return hash([await frameKey(), digestOf(event), past, ...(await topicDigests(event.topics))])
}

export async function courseKey(course: T.SiteCourse): Promise<string> {
  return hash([
    await frameKey(),
    digestOf(course),
    isCurrentCourse(course),
    signupOpen(course),
    await digestById(providers(), course.provider),
    ...(await topicDigests(course.topics)),
  ])
}

/**
 * A month of the news archive: its articles (with their images), the list of all months and
 * whether the other language has this month (its language switch).
 */
export async function monthKey(
  monthArticles: T.SiteArticle[],
  months: string[],
  otherHasMonth: boolean,
): Promise<string> {
  return hash([
    await frameKey(),
    months.join(','),
    otherHasMonth,
    ...(await Promise.all(
      monthArticles.map(async (a) => digestOf(a) + (await digestById(media(), a.heroImage))),
    )),
  ])
}
