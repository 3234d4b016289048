/**
 * Cache keys of the pages, Astro's `cacheKey` of `getStaticPaths`: the warm renderer
 * (site/publish/warm/) does not render again a page whose key is unchanged since the live build,
 * the live build's file is kept. So a key must change whenever anything the page shows changes: its document, what it shows from
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
  isCurrentCourse,
  media,
  memo,
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

/**
 * What every page shows or depends on besides its own content. Memoised per generation through the
 * data layer, so every caller notes what it read (the warm renderer's record of what a route or
 * page depends on).
 */
const frameKey = (): Promise<string> =>
  memo('key:frame', async () => {
    const office = await settings()
    return hash([
      office ? digestOf(office) : '',
      await digestById(media(), office?.logo),
      osloDay(buildTime().toISOString()),
      process.env.SITE_URL,
      process.env.PUBLIC_CMS_URL,
      process.env.CMS_URL,
    ])
  })

const topicDigests = async (ids: number[] | undefined) =>
  Promise.all((ids ?? []).map((id) => digestById(topics(), id)))

/** What article keys are made of, resolved once per generation: 20,000 keys need no waiting. */
interface ArticleKeyParts {
  frame: string
  media: Map<number, T.SiteMedia>
  staff: Map<number, T.SiteStaff>
  topics: Map<number, T.SiteTopic>
}
/**
 * The same object as long as what it holds is the same (the frame, and the lists the data layer
 * hands out again while unchanged): an article's key made with it is kept with the article.
 */
let lastParts: ArticleKeyParts | undefined
const articleKeyParts = (): Promise<ArticleKeyParts> =>
  memo('key:articleParts', async () => {
    const parts: ArticleKeyParts = {
      frame: await frameKey(),
      media: await byId(media()),
      staff: await byId(staff()),
      topics: await byId(topics()),
    }
    const same =
      lastParts !== undefined &&
      (Object.keys(parts) as (keyof ArticleKeyParts)[]).every((k) => parts[k] === lastParts![k])
    if (!same) lastParts = parts
    return lastParts!
  })
const digestIn = (docs: Map<number, object>, id: number | null | undefined) =>
  id == null ? '' : docs.has(id) ? digestOf(docs.get(id)!) : 'missing'

/** Each article's last key, with the parts it was made with: unchanged, it is not made again. */
const articleKeyCache = new WeakMap<T.SiteArticle, { parts: ArticleKeyParts; key: string }>()

/** The keys of article pages: the frame, the article, its hero image, author and topics. */
export async function articleKeys(list: readonly T.SiteArticle[]): Promise<string[]> {
  const p = await articleKeyParts()
  return list.map((article) => {
    const cached = articleKeyCache.get(article)
    if (cached?.parts === p) return cached.key
    const key = hash([
      p.frame,
      digestOf(article),
      digestIn(p.media, article.heroImage),
      digestIn(p.staff, article.author),
      ...(article.topics ?? []).map((id) => digestIn(p.topics, id)),
    ])
    articleKeyCache.set(article, { parts: p, key })
    return key
  })
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

/** A month's key by its list of articles (the data layer keeps an unchanged month's list). */
const monthKeys = new WeakMap<
  readonly T.SiteArticle[],
  { context: readonly unknown[]; key: string }
>()

/**
 * A month of the news archive: its articles (with their images), the list of all months and
 * whether the other language has this month (its language switch).
 */
export async function monthKey(
  monthArticles: readonly T.SiteArticle[],
  months: string[],
  otherHasMonth: boolean,
): Promise<string> {
  const [frame, images] = await Promise.all([frameKey(), byId(media())])
  const context = [frame, months.join(','), otherHasMonth, images] as const
  const cached = monthKeys.get(monthArticles)
  if (cached && cached.context.every((x, i) => x === context[i])) return cached.key
  const key = hash([
    frame,
    context[1],
    otherHasMonth,
    ...monthArticles.map((a) => digestOf(a) + digestIn(images, a.heroImage)),
  ])
  monthKeys.set(monthArticles, { context, key })
  return key
}

const sitemapKeys = new WeakMap<readonly T.SiteArticle[], string>()

/**
 * A month's sitemap: its articles (addresses in both languages and when each was changed, all in
 * their digests) and the site's address.
 */
export function monthSitemapKey(monthArticles: readonly T.SiteArticle[]): string {
  let key = sitemapKeys.get(monthArticles)
  if (key === undefined) {
    key = hash([process.env.SITE_URL, ...monthArticles.map(digestOf)])
    sitemapKeys.set(monthArticles, key)
  }
  return key
}

/** Per language, the articles, upcoming events and current courses of each topic: one pass each. */
const byTopic = () =>
  memo('key:byTopic', async () => {
    const group = <V extends { topics: number[] }>(list: readonly V[]) => {
      const on = new Map<number, V[]>()
      for (const x of list)
        for (const id of x.topics) {
          if (!on.has(id)) on.set(id, [])
          on.get(id)!.push(x)
        }
      return on
    }
    return Object.fromEntries(
      await Promise.all(
        (['nn', 'en'] as const).map(async (locale) => [
          locale,
          {
            articles: group(await articles(locale)),
            events: group((await events(locale)).upcoming),
            courses: group((await courses(locale)).current),
          },
        ]),
      ),
    ) as Record<
      'nn' | 'en',
      {
        articles: Map<number, T.SiteArticle[]>
        events: Map<number, T.SiteEvent[]>
        courses: Map<number, T.SiteCourse[]>
      }
    >
  })

/**
 * A topic page: the topic (both languages, for the language switch), every topic's name (the
 * tags), and what it lists in either language: the articles on it (with their images), its
 * upcoming events and current courses (sign-up open or not, with their providers).
 */
export const topicKey = (topic: T.SiteTopic): Promise<string> =>
  // Both languages' topic routes ask: made once per generation.
  memo(`key:topic:${topic.id}:${digestOf(topic)}`, () => makeTopicKey(topic))

async function makeTopicKey(topic: T.SiteTopic): Promise<string> {
  const id = Number(topic.id)
  const [grouped, images, providerById] = await Promise.all([
    byTopic(),
    byId(media()),
    byId(providers()),
  ])
  const lists = (['nn', 'en'] as const).map((locale) => {
    const on = grouped[locale]
    return [
      ...(on.articles.get(id) ?? []).map((a) => digestOf(a) + digestIn(images, a.heroImage)),
      ...(on.events.get(id) ?? []).map(digestOf),
      ...(on.courses.get(id) ?? []).map(
        (c) => digestOf(c) + signupOpen(c) + digestIn(providerById, c.provider),
      ),
    ]
  })
  return hash([
    await frameKey(),
    digestOf(topic),
    ...(await topics()).map(digestOf),
    ...lists.flat(),
  ])
}
