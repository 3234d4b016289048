/** RSS per language and one sitemap with hreflang alternates. */
import rss from '@astrojs/rss'
import type { APIContext } from 'astro'

import {
  articles,
  articlesByMonth,
  courses,
  events,
  providers,
  sentNewsletters,
  settings,
  topics,
} from '../data'
import {
  href,
  type Locale,
  newsMonthHref,
  otherLocale,
  rssHref,
  SECTIONS,
} from '../../../common/routes'
import { tr } from '../i18n/strings'
import { has, hasPage, t } from './localize'
import type * as T from './types'

export async function rssFeed(locale: Locale, { site }: APIContext) {
  const office = t((await settings())?.officeName, locale) ?? tr(locale).siteName
  const list = (await articles(locale)).slice(0, 50)
  return rss({
    title: `${office}: ${tr(locale).news}`,
    description: tr(locale).signupIntro,
    site: new URL(href(locale), site).toString(),
    items: list.map((a) => ({
      title: t(a.title, locale) ?? '',
      link: href(locale, 'news', t(a.slug, locale)),
      pubDate: new Date(a.publishedAt ?? a.createdAt),
      description: t(a.excerpt, locale) ?? undefined,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Feed readers and validators find the feed's own address here.
    customData: `<language>${locale === 'nn' ? 'nn-NO' : 'en'}</language><atom:link href="${new URL(rssHref(locale), site).toString()}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  })
}

type Entry = { nn?: string; en?: string; lastmod?: string }

/*
 * The sitemap is an index (sitemap.xml) of one sitemap for the site's pages and one per month of
 * news. At 10,000 articles one sitemap was 2.8 MB, written and compressed again on every publish;
 * now a new or edited article changes its month's sitemap (its page key, lib/paths.ts) and the
 * index, whatever the size of the site.
 */
const pagesSitemap = '/sitemap-sider.xml'
const monthSitemap = (month: string) => `/sitemap-nyheiter-${month}.xml`

/** Every page but the articles: sections, the news archive's months, events, courses, the rest. */
async function pageEntries(): Promise<Entry[]> {
  const both = (section?: keyof typeof SECTIONS): Entry => ({
    nn: href('nn', section),
    en: href('en', section),
  })
  const entries: Entry[] = [
    both(),
    ...(
      [
        'news',
        'events',
        'pastEvents',
        'courses',
        'providers',
        'businesses',
        'contact',
        'newsletter',
        'accessibility',
        'funding',
        'knowledge',
        'needs',
        'guidance',
      ] as const
    ).map(both),
  ]
  const englishMonths = await articlesByMonth('en')
  entries.push(
    ...[...(await articlesByMonth('nn')).keys()].map((month) => ({
      nn: newsMonthHref('nn', month),
      en: englishMonths.has(month) ? newsMonthHref('en', month) : undefined,
    })),
  )
  entries.push(...localized((await events('nn')).all, 'events'))
  entries.push(...localized((await courses('nn')).all, 'courses'))
  entries.push(
    ...(await topics()).map((x) => ({
      nn: href('nn', 'topics', x.slug),
      en: href('en', 'topics', x.slug),
      lastmod: x.updatedAt,
    })),
  )
  entries.push(
    ...(await providers()).map((x) => ({
      nn: href('nn', 'providers', x.slug),
      en: href('en', 'providers', x.slug),
      lastmod: x.updatedAt,
    })),
  )
  entries.push(
    ...(await sentNewsletters()).map((x) => ({
      nn: href('nn', 'archive', x.id),
      en: has(x.subject, 'en') ? href('en', 'archive', x.id) : undefined,
      lastmod: x.updatedAt,
    })),
  )
  return entries
}

/** Documents with a page in Nynorsk and, when they have one, in English. */
const localized = <
  D extends {
    title?: { nn?: string | null; en?: string | null } | null
    slug: { nn?: string | null; en?: string | null }
    updatedAt: string
  },
>(
  list: readonly D[],
  section: keyof typeof SECTIONS,
): Entry[] =>
  list.map((d) => ({
    nn: href('nn', section, t(d.slug, 'nn')),
    en: hasPage(d, 'en') ? href('en', section, t(d.slug, 'en')) : undefined,
    lastmod: d.updatedAt,
  }))

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A site address as `new URL(path, site)` writes it. Our paths are almost always plain ASCII, and
 * joined to the origin they are the same string without parsing 20,000 URLs.
 */
function absolute(site: URL | undefined): (p: string) => string {
  const origin = site ? new URL(site).origin : ''
  return (p) =>
    xmlEscape(/^\/[A-Za-z0-9\-._~/]*$/.test(p) ? origin + p : new URL(p, site).toString())
}

const xmlResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/xml' } })

function urlset(entries: Entry[], site: URL | undefined): Response {
  const abs = absolute(site)
  const urls = entries.flatMap((e) =>
    (['nn', 'en'] as Locale[])
      .filter((l) => e[l])
      .map((l) => {
        const alt = e[otherLocale(l)]
        return [
          '<url>',
          `<loc>${abs(e[l]!)}</loc>`,
          e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : '',
          `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(e[l]!)}"/>`,
          alt
            ? `<xhtml:link rel="alternate" hreflang="${otherLocale(l)}" href="${abs(alt)}"/>`
            : '',
          '</url>',
        ].join('')
      }),
  )
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`,
  )
}

/** sitemap.xml: the index of the site's sitemaps, each month's with its newest change. */
export async function sitemapIndex({ site }: APIContext) {
  const abs = absolute(site)
  const months = [...(await articlesByMonth('nn'))].map(([month, list]) => {
    let lastmod = ''
    for (const a of list) if (a.updatedAt > lastmod) lastmod = a.updatedAt
    return { loc: monthSitemap(month), lastmod }
  })
  const items = [{ loc: pagesSitemap, lastmod: '' }, ...months].map(
    ({ loc, lastmod }) =>
      `<sitemap><loc>${abs(loc)}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}</sitemap>`,
  )
  return xmlResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`,
  )
}

/** sitemap-sider.xml: every page but the articles. */
export const sitemapPages = async ({ site }: APIContext) => urlset(await pageEntries(), site)

/** sitemap-nyheiter-YYYY-MM.xml: the articles of one month, in both languages. */
export const sitemapMonth = (month: readonly T.SiteArticle[], { site }: APIContext) =>
  urlset(localized(month, 'news'), site)

export { monthSitemap }
export { rssHref }
