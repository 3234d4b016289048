/** schema.org descriptions search engines read: NewsArticle, Event, Course. */
import type { Locale } from '../i18n/routes'
import { t } from './localize'
import type { SiteArticle, SiteCourse, SiteEvent, SiteProvider } from './types'

const org = (name: string) => ({ '@type': 'GovernmentOrganization', name })

export const newsArticleLd = (a: SiteArticle, locale: Locale, url: string, office: string, image?: string | null) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: t(a.title, locale),
  description: t(a.excerpt, locale),
  datePublished: a.publishedAt,
  dateModified: a.updatedAt,
  inLanguage: locale,
  mainEntityOfPage: url,
  publisher: org(office),
  ...(image ? { image: [image] } : {}),
})

export const eventLd = (e: SiteEvent, locale: Locale, url: string, office: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: t(e.title, locale),
  startDate: e.startsAt,
  ...(e.endsAt ? { endDate: e.endsAt } : {}),
  eventStatus: e.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
  eventAttendanceMode: e.onlineUrl
    ? e.address ? 'https://schema.org/MixedEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode'
    : 'https://schema.org/OfflineEventAttendanceMode',
  location: e.address || t(e.venue, locale)
    ? { '@type': 'Place', name: t(e.venue, locale) ?? e.address, address: e.address ?? undefined }
    : { '@type': 'VirtualLocation', url: e.onlineUrl },
  organizer: org(t(e.organiser, locale) ?? office),
  url,
  inLanguage: locale,
})

export const courseLd = (c: SiteCourse, locale: Locale, url: string, provider?: SiteProvider) => ({
  '@context': 'https://schema.org',
  '@type': 'Course',
  name: t(c.title, locale),
  url,
  inLanguage: c.language === 'en' ? 'en' : 'no',
  ...(provider ? { provider: { '@type': 'Organization', name: provider.name, ...(provider.website ? { sameAs: provider.website } : {}) } } : {}),
  ...(c.sessions?.length
    ? {
        hasCourseInstance: c.sessions.map((s) => ({
          '@type': 'CourseInstance',
          courseMode: c.format === 'classroom' ? 'onsite' : c.format === 'hybrid' ? 'blended' : 'online',
          startDate: s.startsAt,
          ...(s.endsAt ? { endDate: s.endsAt } : {}),
        })),
      }
    : {}),
  offers: { '@type': 'Offer', price: c.price?.free ? 0 : (c.price?.amountNok ?? undefined), priceCurrency: 'NOK', category: c.price?.free ? 'Free' : 'Paid' },
})
