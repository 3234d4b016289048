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
import type { Locale } from '../../../common/routes'
import { has, t } from './localize'

/** How many articles the news page shows before the archive by month takes over. */
export const LATEST_NEWS = 12

/**
 * The loaders withhold documents without an address, but one page must never stop the build:
 * an entry whose slug is still empty is left out here too ("Missing parameter: slug" otherwise).
 */
const withSlug = <P>(entries: { params: { slug: string | undefined }; props: P }[]) =>
  entries.filter((e): e is { params: { slug: string }; props: P } => Boolean(e.params.slug?.trim()))

export async function articlePaths(locale: Locale) {
  return withSlug(
    (await articles(locale)).map((article) => ({
      params: { slug: t(article.slug, locale) },
      props: { article },
    })),
  )
}

export async function newsMonthPaths(locale: Locale) {
  return [...(await articlesByMonth(locale)).keys()].map((month) => ({
    params: { year: month.slice(0, 4), month: month.slice(5, 7) },
    props: { month },
  }))
}

export async function eventPaths(locale: Locale) {
  return withSlug(
    (await events(locale)).all.map((event) => ({
      params: { slug: t(event.slug, locale) },
      props: { event },
    })),
  )
}

export async function coursePaths(locale: Locale) {
  return withSlug(
    (await courses(locale)).all.map((course) => ({
      params: { slug: t(course.slug, locale) },
      props: { course },
    })),
  )
}

export async function topicPaths() {
  return withSlug(
    (await topics()).map((topic) => ({ params: { slug: topic.slug }, props: { topic } })),
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
