/**
 * What the site stores: the output of the content schemas (`schemas.ts`), so the loaders, the
 * store and the pages share one shape. The checks below keep each schema in line with Payload's
 * generated types: a field renamed, retyped or given a new choice in the CMS fails the site's
 * type check (`npm run typecheck`) with the field's name, instead of withholding documents.
 */
import type { z } from 'astro/zod'

import type {
  Article,
  Business,
  Course,
  Event,
  FundingScheme,
  Media,
  Newsletter,
  Provider,
  SiteSetting,
  Topic,
  User,
} from '../../../cms/payload-types'
import type { BusinessStatistics } from '../../../cms/knowledge/businessStatistics'
import type * as S from './schemas'

export type L<T = string> = { nn?: T | null; en?: T | null }

export type SiteTopic = z.infer<typeof S.topicSchema>
export type SiteMedia = z.infer<typeof S.mediaSchema>
export type SiteStaff = z.infer<typeof S.staffSchema>
export type SiteArticle = z.infer<typeof S.articleSchema>
export type SiteEvent = z.infer<typeof S.eventSchema>
export type SiteCourse = z.infer<typeof S.courseSchema>
export type SiteProvider = z.infer<typeof S.providerSchema>
export type SiteBusiness = z.infer<typeof S.businessSchema>
export type SiteNewsletter = z.infer<typeof S.newsletterSchema>
export type SiteFunding = z.infer<typeof S.fundingSchema>
export type SiteSettings = z.infer<typeof S.settingsSchema>
export type SiteStatistics = z.infer<typeof S.statisticsSchema>

// A schema value fits the generated one when it is assignable to it; arrays and groups are
// compared field by field (the site drops fields it does not need, e.g. time-zone companions),
// and a choice field must offer exactly Payload's choices.
type Fits<Site, Gen> = [NonNullable<Site>] extends [readonly (infer SI)[]]
  ? [NonNullable<Gen>] extends [readonly (infer GI)[] | null | undefined]
    ? Fits<SI, GI>
    : false
  : [NonNullable<Site>] extends [Record<string, unknown>]
    ? [Misfits<NonNullable<Site>, NonNullable<Gen>>] extends [never]
      ? true
      : false
    : [Site] extends [Gen]
      ? SameChoices<Site, Gen>
      : false
type SameChoices<Site, Gen> = [NonNullable<Gen>] extends [string]
  ? string extends NonNullable<Gen>
    ? true
    : [NonNullable<Gen>] extends [NonNullable<Site>]
      ? true
      : false
  : true
type Shared<Site, Gen, Skip> = Exclude<keyof Site & keyof Gen, Skip>
/** Fields both have whose types disagree. */
type Misfits<Site, Gen, Skip = never> = {
  [K in Shared<Site, Gen, Skip>]-?: Fits<Site[K], Gen[K]> extends true ? never : K
}[Shared<Site, Gen, Skip>]
/** Localized fields ({ nn, en }) whose per-language value disagrees. */
type LocalizedMisfits<Site, Gen, Loc extends keyof Site & keyof Gen> = {
  [K in Loc]-?: Fits<
    NonNullable<NonNullable<Site[K]> extends { nn?: infer V } ? V : never>,
    NonNullable<Gen[K]>
  > extends true
    ? never
    : K
}[Loc]
/** Fields the schema has that Payload does not (besides the loaders' own, e.g. `bodyHtml`). */
type Invented<Site, Gen, Added> = Exclude<keyof Site, keyof Gen | Added>
type Agrees<Site, Gen, Loc extends keyof Site & keyof Gen = never, Added = never> =
  Misfits<Site, Gen, Loc> | LocalizedMisfits<Site, Gen, Loc> | Invented<Site, Gen, Added>
/** Compiles only when the list of disagreeing fields is empty; the error names them. */
type NoMisfits<Fields extends never> = Fields

export type SchemaChecks = [
  NoMisfits<Agrees<SiteTopic, Topic, 'name' | 'description'>>,
  NoMisfits<Agrees<SiteMedia, Media, 'alt'>>,
  NoMisfits<Agrees<SiteStaff, User, 'jobTitle'>>,
  NoMisfits<Agrees<SiteArticle, Article, 'title' | 'slug' | 'excerpt', 'bodyHtml'>>,
  NoMisfits<Agrees<SiteEvent, Event, 'title' | 'slug' | 'venue' | 'organiser', 'descriptionHtml'>>,
  NoMisfits<
    Agrees<SiteCourse, Course, 'title' | 'slug' | 'location' | 'targetGroup', 'descriptionHtml'>
  >,
  NoMisfits<Agrees<SiteProvider, Provider, never, 'descriptionHtml'>>,
  NoMisfits<Agrees<SiteBusiness, Business, 'description'>>,
  NoMisfits<Agrees<SiteNewsletter, Newsletter, 'subject' | 'preheader', 'introHtml'>>,
  NoMisfits<
    Agrees<
      SiteFunding,
      FundingScheme,
      'name' | 'slug' | 'whoCanApply' | 'amount',
      'descriptionHtml'
    >
  >,
  NoMisfits<Agrees<SiteSettings, SiteSetting, 'officeName' | 'introduction'>>,
  NoMisfits<
    Agrees<SiteStatistics, BusinessStatistics> | Agrees<BusinessStatistics, SiteStatistics>
  >,
]
