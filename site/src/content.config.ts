/**
 * One collection per public CMS collection, each loaded incrementally over the CMS's REST API and
 * checked against its schema (lib/schemas.ts) and page rules (loaders/publishable.ts): a document
 * that fails either is withheld and reported, never stored.
 */
import { defineCollection } from 'astro:content'

import * as schema from './lib/schemas'
import { unrenderableImageReason } from './loaders/imageFile'
import { payloadGlobalLoader, payloadLoader, payloadSingleLoader } from './loaders/payload'
import * as rules from './loaders/publishable'
import { localizedHtml } from './loaders/richText'

const ids = (v: unknown): number[] =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === 'object' && x ? (x as { id: number }).id : (x as number)))
    : []
const id = (v: unknown): number | null =>
  v && typeof v === 'object' ? (v as { id: number }).id : ((v as number) ?? null)

/** Rich text becomes HTML once, when a document changes, not on every page render. */
function withHtml(field: string, htmlField: string) {
  return (doc: Record<string, unknown>) => {
    const { [field]: rich, ...rest } = doc
    return { ...rest, [htmlField]: localizedHtml(rich) }
  }
}

export const collections = {
  topics: defineCollection({
    loader: payloadLoader({
      collection: 'topics',
      schema: schema.topicSchema,
      rule: rules.topicRule,
    }),
    schema: schema.topicSchema,
  }),
  media: defineCollection({
    // An image the build cannot render is left out: its pages go without it (loaders/imageFile.ts).
    loader: payloadLoader({
      collection: 'media',
      schema: schema.mediaSchema,
      verify: unrenderableImageReason,
    }),
    schema: schema.mediaSchema,
  }),
  staff: defineCollection({
    loader: payloadLoader({ collection: 'users', schema: schema.staffSchema }),
    schema: schema.staffSchema,
  }),
  articles: defineCollection({
    loader: payloadLoader({
      collection: 'articles',
      schema: schema.articleSchema,
      rule: rules.articleRule,
      transform: (d) => ({
        ...withHtml('body', 'bodyHtml')(d),
        topics: ids(d.topics),
        heroImage: id(d.heroImage),
        author: id(d.author),
      }),
    }),
    schema: schema.articleSchema,
  }),
  events: defineCollection({
    loader: payloadLoader({
      collection: 'events',
      schema: schema.eventSchema,
      rule: rules.eventRule,
      transform: (d) => ({
        ...withHtml('description', 'descriptionHtml')(d),
        topics: ids(d.topics),
      }),
    }),
    schema: schema.eventSchema,
  }),
  courses: defineCollection({
    loader: payloadLoader({
      collection: 'courses',
      schema: schema.courseSchema,
      rule: rules.courseRule,
      transform: (d) => ({
        ...withHtml('description', 'descriptionHtml')(d),
        topics: ids(d.topics),
        provider: id(d.provider),
      }),
    }),
    schema: schema.courseSchema,
  }),
  providers: defineCollection({
    loader: payloadLoader({
      collection: 'providers',
      schema: schema.providerSchema,
      rule: rules.providerRule,
      transform: (d) => ({
        ...withHtml('description', 'descriptionHtml')(d),
        topics: ids(d.topics),
      }),
    }),
    schema: schema.providerSchema,
  }),
  businesses: defineCollection({
    loader: payloadLoader({
      collection: 'businesses',
      schema: schema.businessSchema,
      transform: (d) => ({ ...d, parent: id(d.parent) }),
    }),
    schema: schema.businessSchema,
  }),
  newsletters: defineCollection({
    loader: payloadLoader({
      collection: 'newsletters',
      schema: schema.newsletterSchema,
      rule: rules.newsletterRule,
      transform: (d) => ({
        ...withHtml('intro', 'introHtml')(d),
        articles: ids(d.articles),
        events: ids(d.events),
        courses: ids(d.courses),
      }),
    }),
    schema: schema.newsletterSchema,
  }),
  funding: defineCollection({
    loader: payloadLoader({
      collection: 'funding-schemes',
      schema: schema.fundingSchema,
      rule: rules.fundingRule,
      transform: (d) => ({
        ...withHtml('description', 'descriptionHtml')(d),
        topics: ids(d.topics),
      }),
    }),
    schema: schema.fundingSchema,
  }),
  settings: defineCollection({
    loader: payloadGlobalLoader('site-settings', schema.settingsSchema),
    schema: schema.settingsSchema,
  }),
  statistics: defineCollection({
    loader: payloadSingleLoader('businesses', '/knowledge/statistics', schema.statisticsSchema),
    schema: schema.statisticsSchema,
  }),
}
