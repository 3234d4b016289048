/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are both unchanged since the last build is not rendered again, its last output is reused.
 * So a key must change whenever anything the page shows changes: its document, what it shows from
 * other collections (topics, hero image, author, provider, the month's articles), the frame every
 * page has (site settings and their logo), the day (what is upcoming or past, whether sign-up is
 * open) and the addresses the build was given. Pages without a key (home, lists, provider pages, the
 * newsletter archive) are rendered on every build: they are few. A topic page has one (it lists
 * every article on the topic: at 10,000 articles the largest pages of the site).
 * `test/site.incremental.test.ts` holds a publish to a full build of the same content, file by file.
 */
import { createHash } from 'node:crypto'

import { osloDay } from '../../../common/oslo'
import {
  articles,
  buildTime,
  byId,
  courses,
  digestOf,
  events,
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

/**
 * The parts themselves when short (a key is compared, not read, and 20,000 keys are made on each
 * publish at 10,000 articles: hashing each cost more than the comparison saves); hashed when long.
 */
const hash = (parts: (string | number | boolean | null | undefined)[]) => {
  const key = JSON.stringify(parts)
  return key.length <= 512 ? key : createHash('sha256').update(key).digest('base64url')
}

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

/** What article keys are made of, resolved once per generation: 20,000 keys need no waiting. */
interface ArticleKeyParts {
  frame: string
  media: Map<number, T.SiteMedia>
  staff: Map<number, T.SiteStaff>
  topics: Map<number, T.SiteTopic>
}
let articleParts: { generation: number; parts: Promise<ArticleKeyParts> } | undefined
function articleKeyParts(): Promise<ArticleKeyParts> {
  if (articleParts?.generation !== generation())
    articleParts = {
      generation: generation(),
      parts: (async () => ({
        frame: await frameKey(),
        media: await byId(media()),
        staff: await byId(staff()),
        topics: await byId(topics()),
      }))(),
    }
  return articleParts.parts
}
const digestIn = (docs: Map<number, object>, id: number | null | undefined) =>
  id == null ? '' : docs.has(id) ? digestOf(docs.get(id)!) : 'missing'

/** The keys of article pages: the frame, the article, its hero image, author and topics. */
export async function articleKeys(list: T.SiteArticle[]): Promise<string[]> {
  const p = await articleKeyParts()
  return list.map((article) =>
    hash([
      p.frame,
      digestOf(article),
      digestIn(p.media, article.heroImage),
      digestIn(p.staff, article.author),
      ...(article.topics ?? []).map((id) => digestIn(p.topics, id)),
    ]),
  )
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

/**
 * A topic page: the topic (both languages, for the language switch), every topic's name (the
 * tags), and what it lists in either language: the articles on it (with their images), its
 * upcoming events and current courses (sign-up open or not, with their providers).
 */
export async function topicKey(topic: T.SiteTopic): Promise<string> {
  const id = Number(topic.id)
  const on = <V extends { topics: number[] }>(list: V[]) =>
    list.filter((x) => x.topics.includes(id))
  const lists = await Promise.all(
    (['nn', 'en'] as const).map(async (locale) => [
      ...(await Promise.all(
        on(await articles(locale)).map(
          async (a) => digestOf(a) + (await digestById(media(), a.heroImage)),
        ),
      )),
      ...on((await events(locale)).upcoming).map(digestOf),
      ...(await Promise.all(
        on((await courses(locale)).current).map(
          async (c) => digestOf(c) + signupOpen(c) + (await digestById(providers(), c.provider)),
        ),
      )),
    ]),
  )
  return hash([
    await frameKey(),
    digestOf(topic),
    ...(await topics()).map(digestOf),
    ...lists.flat(),
  ])
}
