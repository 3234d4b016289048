/** The .ics endpoints' bodies, shared by both languages. */
import type { APIContext } from 'astro'

import { events, settings } from '../data'
import { href, type Locale } from '../../../common/routes'
import { tr } from '../i18n/strings'
import { calendar } from './ics'
import { t } from './localize'
import type { SiteEvent } from './types'

const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' }

const eventUrl = (e: SiteEvent, locale: Locale, site: URL) =>
  new URL(href(locale, 'events', t(e.slug, locale)), site).toString()

export async function singleEventIcs(locale: Locale, { props, site }: APIContext) {
  const event = props.event as SiteEvent
  const body = calendar([{ event, url: eventUrl(event, locale, site!) }], locale, {
    name: t(event.title, locale) ?? '',
    host: site!.host,
  })
  return new Response(body, { headers: ICS_HEADERS })
}

/** Upcoming events, cancelled ones included (marked), for calendar apps that subscribe. */
export async function calendarFeed(locale: Locale, { site }: APIContext) {
  const { upcoming } = await events(locale)
  const office = t((await settings())?.officeName, locale) ?? tr(locale).siteName
  const body = calendar(
    upcoming.map((event) => ({ event, url: eventUrl(event, locale, site!) })),
    locale,
    { name: `${office}: ${tr(locale).events}`, host: site!.host },
  )
  return new Response(body, { headers: ICS_HEADERS })
}
