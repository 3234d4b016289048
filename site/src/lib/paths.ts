/** getStaticPaths bodies shared by the Nynorsk and English page files. */
import {
  articles,
  articlesByMonth,
  courses,
  events,
  providers,
  sentNewsletters,
  topics,
} from '../data'
import { type Locale, otherLocale } from '../../../common/routes'
import { has, t } from './localize'
import type * as T from './types'
import { articleKeys, courseKey, eventKey, monthKey, monthSitemapKey, topicKey } from './pageKeys'

/** How many articles the news page shows before the archive by month takes over. */
export const LATEST_NEWS = 12

interface Entry<P> {
  params: { slug: string | undefined }
  props: P
  /** What the page shows (lib/pageKeys.ts): unchanged since the last build, it is not rendered. */
  cacheKey?: string
}

/**
 * The loaders withhold documents without an address, but one page must never stop the build:
 * an entry whose slug is still empty is left out here too ("Missing parameter: slug" otherwise).
 */
const withSlug = <P>(entries: Entry<P>[]) =>
  entries.filter((e): e is Entry<P> & { params: { slug: string } } =>
    Boolean(e.params.slug?.trim()),
  )

type ArticleEntry = Entry<{ article: T.SiteArticle }>
/**
 * Each article's last entry per language. While its key is unchanged the same entry is handed out
 * again, so the warm renderer knows its address without working it out again (10,000 articles).
 */
const articleEntries = { nn: new WeakMap(), en: new WeakMap() } satisfies Record<
  Locale,
  WeakMap<T.SiteArticle, ArticleEntry>
>

export async function articlePaths(locale: Locale) {
  const list = await articles(locale)
  const keys = await articleKeys(list)
  const last = articleEntries[locale]
  return withSlug(
    list.map((article, i) => {
      const kept = last.get(article)
      if (kept?.cacheKey === keys[i]) return kept
      const entry: ArticleEntry = {
        params: { slug: t(article.slug, locale) },
        props: { article },
        cacheKey: keys[i],
      }
      last.set(article, entry)
      return entry
    }),
  )
}

export async function newsMonthPaths(locale: Locale) {
  const byMonth = await articlesByMonth(locale)
  const other = await articlesByMonth(otherLocale(locale))
  const months = [...byMonth.keys()]
  return Promise.all(
    [...byMonth].map(async ([month, list]) => ({
      params: { year: month.slice(0, 4), month: month.slice(5, 7) },
      props: { month },
      cacheKey: await monthKey(list, months, other.has(month)),
    })),
  )
}

/** One sitemap per month of news (lib/feeds.ts), rendered again only when its articles change. */
export async function monthSitemapPaths() {
  return [...(await articlesByMonth('nn'))].map(([month, articles]) => ({
    params: { month },
    props: { articles },
    cacheKey: monthSitemapKey(articles),
  }))
}

export async function eventPaths(locale: Locale) {
  return withSlug(
    await Promise.all(
      (await events(locale)).all.map(async (event) => ({
        params: { slug: t(event.slug, locale) },
        props: { event },
        cacheKey: await eventKey(event),
      })),
    ),
  )
}

export async function coursePaths(locale: Locale) {
  return withSlug(
    await Promise.all(
      (await courses(locale)).all.map(async (course) => ({
        params: { slug: t(course.slug, locale) },
        props: { course },
        cacheKey: await courseKey(course),
      })),
    ),
  )
}

export async function topicPaths() {
  return withSlug(
    await Promise.all(
      (await topics()).map(async (topic) => ({
        params: { slug: topic.slug },
        props: { topic },
        cacheKey: await topicKey(topic),
      })),
    ),
  )
}

export async function providerPaths() {
  return withSlug(
    (await providers()).map((provider) => ({
      params: { slug: provider.slug },
      props: { provider },
    })),
  )
}

export async function archivePaths(locale: Locale) {
  return (await sentNewsletters())
    .filter((n) => locale === 'nn' || has(n.subject, 'en'))
    .map((issue) => ({ params: { id: String(issue.id) }, props: { issue } }))
}
