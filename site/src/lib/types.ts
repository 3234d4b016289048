/**
 * What the site stores, derived from Payload's generated types: localized fields arrive as
 * { nn, en } (the REST API's locale=all), relations as ids (depth 0), rich text as HTML.
 */
import type { Article, Business, Course, Event, FundingScheme, Media, Newsletter, Provider, SiteSetting, Topic, User } from '../../../cms/payload-types'

export type L<T = string> = { nn?: T | null; en?: T | null }
type Localize<T, K extends keyof T> = Omit<T, K> & { [P in K]: L<NonNullable<T[P]>> }
type Ids<T, K extends keyof T> = Omit<T, K> & { [P in K]: number[] }
type Id<T, K extends keyof T> = Omit<T, K> & { [P in K]: number | null }
type WithHtml<T, K extends keyof T, H extends string> = Omit<T, K> & { [P in H]: L }

export type SiteTopic = Localize<Topic, 'name' | 'description'>
export type SiteMedia = Localize<Media, 'alt'>
export type SiteStaff = Localize<Pick<User, 'id' | 'name' | 'jobTitle' | 'phone' | 'email' | 'photo' | 'updatedAt'>, 'jobTitle'>
export type SiteArticle = WithHtml<Id<Ids<Localize<Article, 'title' | 'slug' | 'excerpt'>, 'topics'>, 'heroImage' | 'author'>, 'body', 'bodyHtml'>
export type SiteEvent = WithHtml<Ids<Localize<Event, 'title' | 'slug' | 'venue' | 'organiser'>, 'topics'>, 'description', 'descriptionHtml'>
export type SiteCourse = WithHtml<Id<Ids<Localize<Course, 'title' | 'slug' | 'location' | 'targetGroup'>, 'topics'>, 'provider'>, 'description', 'descriptionHtml'>
export type SiteProvider = WithHtml<Ids<Provider, 'topics'>, 'description', 'descriptionHtml'>
export type SiteBusiness = Localize<Business, 'description'>
export type SiteNewsletter = WithHtml<Ids<Localize<Newsletter, 'subject' | 'preheader'>, 'articles' | 'events' | 'courses'>, 'intro', 'introHtml'>
export type SiteFunding = WithHtml<Ids<Localize<FundingScheme, 'name' | 'slug' | 'whoCanApply' | 'amount'>, 'topics'>, 'description', 'descriptionHtml'>
export type SiteSettings = Localize<SiteSetting, 'officeName'>
export type { BusinessStatistics as SiteStatistics } from '../../../cms/knowledge/businessStatistics'
