/**
 * Google's rules for the structured data the site writes (developers.google.com/search/docs/
 * appearance/structured-data: Article, Event, Course info, Organization, Breadcrumb), as checks
 * over the JSON-LD of built pages. Each problem is a sentence naming the type and property.
 */
type Node = Record<string, unknown>

const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v))
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v)
const list = (v: unknown): Node[] => (Array.isArray(v) ? v : v ? [v] : []) as Node[]
const DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/

function need(problems: string[], type: string, ok: boolean, what: string) {
  if (!ok) problems.push(`${type}: ${what}`)
}

function checkOrganization(p: string[], type: string, o: unknown, withUrl = true) {
  const org = (o ?? {}) as Node
  need(p, type, isText(org.name), 'needs a name')
  if (withUrl) need(p, type, isUrl(org.url), 'needs a url')
}

function checkArticle(n: Node, p: string[]) {
  const T = String(n['@type'])
  need(p, T, isText(n.headline) && String(n.headline).length <= 110, 'headline (≤ 110 chars)')
  need(p, T, isDate(n.datePublished), 'datePublished')
  need(p, T, isDate(n.dateModified), 'dateModified')
  const authors = list(n.author)
  need(p, T, authors.length > 0, 'author')
  for (const a of authors) need(p, T, isText(a.name), 'author.name')
  for (const img of list(n.image) as unknown[]) need(p, T, isUrl(img), 'image as absolute URL')
}

function checkEvent(n: Node, p: string[]) {
  need(p, 'Event', isText(n.name), 'name')
  need(p, 'Event', isDate(n.startDate), 'startDate')
  need(p, 'Event', isText(n.description), 'description')
  need(p, 'Event', String(n.eventStatus).startsWith('https://schema.org/Event'), 'eventStatus')
  const locations = list(n.location)
  need(p, 'Event', locations.length > 0, 'location')
  const kinds = new Set(locations.map((l) => l['@type']))
  for (const l of locations) {
    if (l['@type'] === 'VirtualLocation') need(p, 'Event', isUrl(l.url), 'VirtualLocation.url')
    else {
      need(p, 'Event', l['@type'] === 'Place', 'location is a Place or VirtualLocation')
      need(p, 'Event', isText(l.name), 'Place.name')
      const address = (l.address ?? {}) as Node
      need(
        p,
        'Event',
        isText(l.address) || isText(address.streetAddress) || isText(address.addressLocality),
        'Place.address',
      )
    }
  }
  const mode = kinds.has('Place') ? (kinds.has('VirtualLocation') ? 'Mixed' : 'Offline') : 'Online'
  need(
    p,
    'Event',
    n.eventAttendanceMode === `https://schema.org/${mode}EventAttendanceMode`,
    `eventAttendanceMode ${mode} for its locations`,
  )
  checkOrganization(p, 'Event organizer', n.organizer)
  for (const o of list(n.offers)) {
    need(p, 'Event', isUrl(o.url), 'offers.url')
    if (o.price !== undefined) {
      need(p, 'Event', typeof o.price === 'number' && o.price >= 0, 'offers.price as a number')
      need(p, 'Event', /^[A-Z]{3}$/.test(String(o.priceCurrency)), 'offers.priceCurrency')
    }
    if (o.availability !== undefined)
      need(
        p,
        'Event',
        /^https:\/\/schema\.org\/(InStock|SoldOut|PreOrder|LimitedAvailability|Discontinued)$/.test(
          String(o.availability),
        ),
        'offers.availability as a schema.org ItemAvailability',
      )
  }
}

function checkCourse(n: Node, p: string[]) {
  need(p, 'Course', isText(n.name), 'name')
  need(p, 'Course', isText(n.description) && String(n.description).length <= 500, 'description')
  checkOrganization(p, 'Course provider', n.provider)
  need(p, 'Course', /^(nn-NO|nb-NO|en|no)$/.test(String(n.inLanguage)), 'inLanguage as BCP 47')
  const offers = list(n.offers)
  need(p, 'Course', offers.length > 0, 'offers')
  for (const o of offers)
    need(
      p,
      'Course',
      ['Free', 'Paid', 'Subscription', 'Partially Free'].includes(String(o.category)),
      'offers.category',
    )
  const instances = list(n.hasCourseInstance)
  need(p, 'Course', instances.length > 0, 'hasCourseInstance')
  for (const i of instances) {
    need(
      p,
      'CourseInstance',
      ['onsite', 'online', 'blended'].includes(String(i.courseMode)),
      'courseMode',
    )
    const schedule = i.courseSchedule as Node | undefined
    const scheduled =
      !!schedule &&
      Number(schedule.repeatCount) > 0 &&
      isText(schedule.repeatFrequency) &&
      isDate(schedule.startDate)
    const workload = DURATION.test(String(i.courseWorkload ?? ''))
    need(p, 'CourseInstance', scheduled || workload, 'courseSchedule or courseWorkload')
  }
}

/** Problems of one JSON-LD object (and its @graph), by Google's rules for its type. */
export function structuredDataProblems(value: unknown): string[] {
  const problems: string[] = []
  for (const n of list((value as Node)?.['@graph'] ?? value)) {
    const type = String(n['@type'])
    if (type === 'NewsArticle' || type === 'Article') checkArticle(n, problems)
    else if (type === 'Event') checkEvent(n, problems)
    else if (type === 'Course') checkCourse(n, problems)
    else if (/Organization$/.test(type)) checkOrganization(problems, type, n)
    else if (type === 'WebSite') {
      need(problems, 'WebSite', isText(n.name), 'name')
      need(problems, 'WebSite', isUrl(n.url), 'url')
    }
  }
  return problems
}

/** The JSON-LD blocks of a page. */
export const jsonLdOf = (html: string): Node[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]) as Node,
  )

/**
 * A BreadcrumbList in microdata: positions 1…n in order, a name on each, a link on each but the
 * last (the page itself).
 */
export function breadcrumbProblems(html: string): string[] | null {
  const listAt = html.search(/itemtype="https:\/\/schema\.org\/BreadcrumbList"/)
  if (listAt < 0) return null
  const body = html.slice(listAt, html.indexOf('</ol>', listAt))
  const items = body.split('itemtype="https://schema.org/ListItem"').slice(1)
  const problems: string[] = []
  need(problems, 'BreadcrumbList', items.length >= 2, 'at least two items')
  items.forEach((item, i) => {
    need(
      problems,
      'BreadcrumbList',
      item.includes(`itemprop="position" content="${i + 1}"`),
      `position ${i + 1}`,
    )
    need(
      problems,
      'BreadcrumbList',
      /itemprop="name"[^>]*>[^<\s]/.test(item),
      `name of item ${i + 1}`,
    )
    if (i < items.length - 1)
      need(
        problems,
        'BreadcrumbList',
        /itemprop="item" href="https?:\/\//.test(item),
        `item URL of item ${i + 1}`,
      )
  })
  return problems
}
