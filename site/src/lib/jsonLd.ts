/**
 * schema.org descriptions search engines read: NewsArticle, Event, Course, the office
 * (GovernmentOrganization) and the WebSite; checked against Google's rules in test/site.test.ts.
 */
import type { Locale } from '../../../common/routes'
import { t } from './localize'
import type { SiteArticle, SiteCourse, SiteEvent, SiteProvider } from './types'
import { isoDuration, totalHours } from './workload'

/**
 * JSON for inside a <script type="application/ld+json"> element. The HTML parser ends the
 * element at the first `</script` whatever the JSON means, so a title holding `</script><script>`
 * would run as script; `<`, `>` and `&` are written as JSON escapes (\u003c …), which JSON readers
 * decode back to the same text. U+2028/2029 are escaped too: older JavaScript parsers end a line there.
 */
export function serializeJsonLd(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** Who and where the office is, for the Organization, publisher and organizer properties. */
export interface OfficeLd {
  name: string
  /** The site's home page in the page's language. */
  url: string
  logo?: string | null
  email?: string | null
  telephone?: string | null
  postalAddress?: string | null
  municipality?: string | null
  sameAs?: string[]
}

const inLanguage = (locale: Locale) => (locale === 'nn' ? 'nn-NO' : 'en')
const office = (o: string | OfficeLd): OfficeLd =>
  typeof o === 'string' ? { name: o, url: '' } : o
const orgRef = (o: OfficeLd) => ({
  '@type': 'GovernmentOrganization',
  name: o.name,
  ...(o.url ? { url: o.url } : {}),
  ...(o.logo ? { logo: o.logo } : {}),
})

/** The office itself, on the home page. */
export const organizationLd = (o: OfficeLd) => {
  const [street, ...rest] = (o.postalAddress ?? '').split('\n').map((l) => l.trim())
  const postal = rest.join(' ').match(/(\d{4})\s+(.+)/)
  return {
    ...orgRef(o),
    '@context': 'https://schema.org',
    ...(o.email ? { email: o.email } : {}),
    ...(o.telephone ? { telephone: o.telephone } : {}),
    ...(street
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: street,
            ...(postal ? { postalCode: postal[1], addressLocality: postal[2] } : {}),
            addressCountry: 'NO',
          },
        }
      : {}),
    ...(o.sameAs?.length ? { sameAs: o.sameAs } : {}),
  }
}

export const webSiteLd = (o: OfficeLd, locale: Locale) => ({
  '@context': 'https://schema.org',
  '@type': 'WebSite',
  name: o.name,
  url: o.url,
  inLanguage: inLanguage(locale),
  publisher: orgRef(o),
})

export const newsArticleLd = (
  a: SiteArticle,
  locale: Locale,
  url: string,
  publisher: string | OfficeLd,
  image?: string | null,
  author?: { name: string } | null,
) => {
  const o = office(publisher)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: t(a.title, locale),
    description: t(a.excerpt, locale),
    datePublished: a.publishedAt ?? a.createdAt,
    dateModified: a.updatedAt,
    inLanguage: inLanguage(locale),
    mainEntityOfPage: url,
    // Unsigned news is the office's own: Google wants an author either way.
    author: author ? { '@type': 'Person', name: author.name } : orgRef(o),
    publisher: orgRef(o),
    ...(image ? { image: [image] } : {}),
  }
}

export interface EventLdExtra {
  description?: string
  municipality?: string | null
}

export const eventLd = (
  e: SiteEvent,
  locale: Locale,
  url: string,
  organizer: string | OfficeLd,
  extra: EventLdExtra = {},
) => {
  const o = office(organizer)
  const venue = t(e.venue, locale)
  // An online meeting's venue is often just "Nett"/"Online": without an address it is no place.
  const physical = Boolean(e.address) || (Boolean(venue) && !e.onlineUrl)
  const place = {
    '@type': 'Place',
    name: venue ?? e.address,
    address: {
      '@type': 'PostalAddress',
      ...(e.address ? { streetAddress: e.address } : {}),
      ...(extra.municipality ? { addressLocality: extra.municipality } : {}),
      addressCountry: 'NO',
    },
  }
  const virtual = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : null
  const reg = e.registration
  const registers =
    !e.cancelled && (reg?.method === 'url' || reg?.method === 'contact' || reg?.method === 'site')
  const external = t(e.organiser, locale)
  const price = e.price?.free ? 0 : (e.price?.amountNok ?? null)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: t(e.title, locale),
    ...(extra.description ? { description: extra.description } : {}),
    startDate: e.startsAt,
    ...(e.endsAt ? { endDate: e.endsAt } : {}),
    eventStatus: e.cancelled
      ? 'https://schema.org/EventCancelled'
      : 'https://schema.org/EventScheduled',
    eventAttendanceMode: virtual
      ? physical
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: physical && virtual ? [place, virtual] : physical ? place : (virtual ?? place),
    // A named co-organiser has no address of its own in the CMS: the office's site is where
    // the event is announced and answered for.
    organizer: external
      ? { '@type': 'Organization', name: external, ...(o.url ? { url: o.url } : {}) }
      : orgRef(o),
    ...(registers || price !== null ? { offers: eventOffer(e, url, price) } : {}),
    url,
    inLanguage: inLanguage(locale),
  }
}

/**
 * Whether a place can be had, from the sign-up's state on this site: places left (few: limited),
 * none (sold out, the waiting list included), closed or cancelled (no longer offered).
 */
function availability(e: SiteEvent): string | null {
  if (e.cancelled) return 'https://schema.org/Discontinued'
  if (e.registration?.method !== 'site') return 'https://schema.org/InStock'
  const status = e.signupStatus
  switch (status?.state) {
    case 'open':
      return status.placesLeft != null && status.placesLeft <= 3
        ? 'https://schema.org/LimitedAvailability'
        : 'https://schema.org/InStock'
    case 'waitlist':
    case 'full':
      return 'https://schema.org/SoldOut'
    case 'closed':
      return 'https://schema.org/Discontinued'
    default:
      return null
  }
}

/** The event's offer: its price in NOK (0 when free), where to sign up, and whether places are left. */
function eventOffer(e: SiteEvent, url: string, price: number | null) {
  const reg = e.registration
  const state = availability(e)
  return {
    '@type': 'Offer',
    url: reg?.method === 'url' && reg.url ? reg.url : url,
    ...(price !== null ? { price, priceCurrency: 'NOK' } : {}),
    ...(state ? { availability: state } : {}),
    ...(reg?.deadline ? { validThrough: reg.deadline } : {}),
  }
}

const MODE = { classroom: 'onsite', hybrid: 'blended', online: 'online', 'self-paced': 'online' }

/** ISO 8601 duration of whole and half hours, e.g. PT4H or PT1H30M. */
const hours = (ms: number) => {
  const minutes = Math.round(ms / 60_000)
  return `PT${Math.floor(minutes / 60)}H${minutes % 60 ? `${minutes % 60}M` : ''}`
}

export const courseLd = (
  c: SiteCourse,
  locale: Locale,
  url: string,
  provider?: SiteProvider,
  extra: { description?: string; providerUrl?: string } = {},
) => {
  const workloadHours = totalHours(c.workload)
  // Google's course rules want a schedule or a workload on every instance: the editor's workload
  // for the whole course, else a session's own length.
  const workload = workloadHours ? { courseWorkload: isoDuration(workloadHours) } : {}
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: t(c.title, locale),
    ...(extra.description ? { description: extra.description } : {}),
    url,
    inLanguage: c.language === 'en' ? 'en' : c.language === 'no' ? 'nn-NO' : inLanguage(locale),
    ...(provider
      ? {
          provider: {
            '@type': 'Organization',
            name: provider.name,
            ...(extra.providerUrl || provider.website
              ? { url: provider.website ?? extra.providerUrl }
              : {}),
            ...(provider.website ? { sameAs: provider.website } : {}),
          },
        }
      : {}),
    hasCourseInstance: c.sessions?.length
      ? c.sessions.map((s) => {
          const length = s.endsAt
            ? new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime()
            : 0
          return {
            '@type': 'CourseInstance',
            courseMode: MODE[c.format],
            startDate: s.startsAt,
            ...(s.endsAt ? { endDate: s.endsAt } : {}),
            ...(t(c.location, locale) && c.format !== 'online'
              ? { location: { '@type': 'Place', name: t(c.location, locale) } }
              : {}),
            // One meeting per session: Google's course rules want a schedule or a workload.
            courseSchedule: {
              '@type': 'Schedule',
              startDate: s.startsAt,
              ...(s.endsAt ? { endDate: s.endsAt } : {}),
              repeatCount: 1,
              repeatFrequency: 'P1D',
              ...(length > 0 && length < 86_400_000 ? { duration: hours(length) } : {}),
            },
            ...(length > 0 && length < 86_400_000 ? { courseWorkload: hours(length) } : {}),
            ...workload,
          }
        })
      : [{ '@type': 'CourseInstance', courseMode: MODE[c.format], ...workload }],
    offers: {
      '@type': 'Offer',
      ...(c.price?.free || c.price?.amountNok != null
        ? { price: c.price?.free ? 0 : c.price?.amountNok }
        : {}),
      priceCurrency: 'NOK',
      category: c.price?.free ? 'Free' : 'Paid',
      ...(c.runByOffice && c.registration?.method === 'site'
        ? { url }
        : c.signupUrl
          ? { url: c.signupUrl }
          : {}),
    },
  }
}
