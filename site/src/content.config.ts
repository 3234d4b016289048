/** One collection per public CMS collection, each loaded incrementally over the CMS's REST API. */
import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import { payloadGlobalLoader, payloadLoader, payloadSingleLoader } from './loaders/payload'
import { localizedHtml } from './loaders/richText'
import type * as T from './lib/types'

const ids = (v: unknown): number[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x ? (x as { id: number }).id : (x as number))) : [])
const id = (v: unknown): number | null => (v && typeof v === 'object' ? (v as { id: number }).id : ((v as number) ?? null))

/** Rich text becomes HTML once, when a document changes, not on every page render. */
function withHtml(field: string, htmlField: string) {
  return (doc: Record<string, unknown>) => {
    const { [field]: rich, ...rest } = doc
    return { ...rest, [htmlField]: localizedHtml(rich) }
  }
}

const typed = <D>() => z.custom<D>(() => true)

export const collections = {
  topics: defineCollection({ loader: payloadLoader({ collection: 'topics' }), schema: typed<T.SiteTopic>() }),
  media: defineCollection({ loader: payloadLoader({ collection: 'media' }), schema: typed<T.SiteMedia>() }),
  staff: defineCollection({ loader: payloadLoader({ collection: 'users' }), schema: typed<T.SiteStaff>() }),
  articles: defineCollection({
    loader: payloadLoader({
      collection: 'articles',
      transform: (d) => ({ ...withHtml('body', 'bodyHtml')(d), topics: ids(d.topics), heroImage: id(d.heroImage), author: id(d.author) }),
    }),
    schema: typed<T.SiteArticle>(),
  }),
  events: defineCollection({
    loader: payloadLoader({ collection: 'events', transform: (d) => ({ ...withHtml('description', 'descriptionHtml')(d), topics: ids(d.topics) }) }),
    schema: typed<T.SiteEvent>(),
  }),
  courses: defineCollection({
    loader: payloadLoader({
      collection: 'courses',
      transform: (d) => ({ ...withHtml('description', 'descriptionHtml')(d), topics: ids(d.topics), provider: id(d.provider) }),
    }),
    schema: typed<T.SiteCourse>(),
  }),
  providers: defineCollection({
    loader: payloadLoader({ collection: 'providers', transform: (d) => ({ ...withHtml('description', 'descriptionHtml')(d), topics: ids(d.topics) }) }),
    schema: typed<T.SiteProvider>(),
  }),
  businesses: defineCollection({ loader: payloadLoader({ collection: 'businesses' }), schema: typed<T.SiteBusiness>() }),
  newsletters: defineCollection({
    loader: payloadLoader({
      collection: 'newsletters',
      transform: (d) => ({ ...withHtml('intro', 'introHtml')(d), articles: ids(d.articles), events: ids(d.events), courses: ids(d.courses) }),
    }),
    schema: typed<T.SiteNewsletter>(),
  }),
  funding: defineCollection({
    loader: payloadLoader({ collection: 'funding-schemes', transform: (d) => ({ ...withHtml('description', 'descriptionHtml')(d), topics: ids(d.topics) }) }),
    schema: typed<T.SiteFunding>(),
  }),
  settings: defineCollection({ loader: payloadGlobalLoader('site-settings'), schema: typed<T.SiteSettings>() }),
  statistics: defineCollection({ loader: payloadSingleLoader('businesses', '/knowledge/statistics'), schema: typed<T.SiteStatistics>() }),
}
