/**
 * Newsletter issue → email. An issue is compiled from MJML ONCE per language into segments: parts
 * everyone gets, and parts marked with the topics they belong to. Personalising for a subscriber is
 * then string work only (pick the segments matching their topics, put in their links), with no
 * MJML and no HTML parsing: hundreds of thousands of emails a second.
 */
import { compileMjml, htmlToText } from './compile'
import type {
  ArticleItem,
  CourseItem,
  EventItem,
  FundingItem,
  IssueContent,
  ItemBase,
} from './content'
import type { Locale } from '../common/locales'
import { sitePaths } from '../common/routes'
import { emailTexts, type EmailTexts, phrase } from './i18n'
import { CONFIRM_TOKEN_HOURS } from './links'
import { escapeHtml } from '../common/html'
import { fill, readTemplate, renderPartial } from './template'

export const PLACEHOLDERS = {
  preferences: '%%PREFERENCES_URL%%',
  unsubscribe: '%%UNSUBSCRIBE_URL%%',
} as const

/** Gmail clips messages above ~102 KB: we refuse at 90 KB and aim under 60 KB. */
export const MAX_HTML_BYTES = 90 * 1024
export const TARGET_HTML_BYTES = 60 * 1024

export class IssueTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `The issue's HTML is ${Math.ceil(bytes / 1024)} KB; Gmail cuts emails off at about 102 KB, so we refuse above ${MAX_HTML_BYTES / 1024} KB. ` +
        'Take out an article, event or course, or shorten the intro, and try again.',
    )
    this.name = 'IssueTooLargeError'
  }
}

export interface IssueSegment {
  html: string
  text: string
  /** Topic ids this part is for; null = everyone. */
  topics: string[] | null
}

/** A compiled issue in one language: JSON-serialisable, so it can be snapshotted for a send. */
export interface CompiledIssue {
  issueId: string
  locale: Locale
  subject: string
  preheader: string
  segments: IssueSegment[]
  /** Size of the HTML with every section, links filled in with realistic lengths. */
  htmlBytes: number
}

export interface Personalisation {
  /** The subscriber's topic ids; none = everything. */
  topics: readonly string[]
  preferencesUrl: string
  unsubscribeUrl: string
}

const BEGIN = (topics: string[]) => `<mj-raw><!--nh:if ${topics.join(',')}--></mj-raw>`
const END = '<mj-raw><!--nh:endif--></mj-raw>'
const MARKER = /<!--nh:if ([^>]*?)-->([\s\S]*?)<!--nh:endif-->/g

/** Wraps an item in topic markers; items without topics are for everyone and are not wrapped. */
const forTopics = (topics: string[] | null, mjml: string) =>
  topics && topics.length ? `${BEGIN(topics)}${mjml}${END}` : mjml

/** A heading is shown when any item under it is: everyone's if some item is for everyone. */
function headingTopics(items: ItemBase[]): string[] | null {
  if (items.some((i) => i.topics.length === 0)) return null
  return [...new Set(items.flatMap((i) => i.topics))]
}

/**
 * A section is ONE mj-section: its heading and every item as rows of one column. A section per item
 * repeated MJML's wrapper (~1.3 KB of tables and Outlook conditionals) for every article, event and
 * course: a third of the email's bytes, uploaded to Resend 10,000 times a send and counted against
 * Gmail's 102 KB. Items are cut out by their markers; the section's opening (with the heading) and
 * its closing are marked with the heading's topics, which hold every item's, so whatever a
 * subscriber gets is whole HTML, and nothing at all when no item is theirs.
 */
function section(heading: string, items: ItemBase[], renderItem: (item: never) => string): string {
  if (!items.length) return ''
  const topics = headingTopics(items)
  const mjml = renderPartial('partials/section', {
    heading,
    afterHeading: topics ? END : '',
    items: items.map((item) => forTopics(item.topics, renderItem(item as never))).join('\n'),
    beforeEnd: topics ? BEGIN(topics) : '',
  })
  return topics ? `${BEGIN(topics)}${mjml}${END}` : mjml
}

const articleMjml = (a: ArticleItem) =>
  renderPartial('partials/article', {
    url: a.url,
    title: a.title,
    excerpt: a.excerpt,
    // The item's 8 px above and below: on the image when there is one, else on the text.
    textPadding: a.image ? '0 24px 8px 24px' : '8px 24px',
    image: a.image
      ? renderPartial('partials/article-image', { src: a.image.src, alt: a.image.alt })
      : '',
  })

const eventMjml = (t: EmailTexts) => (e: EventItem) =>
  renderPartial('partials/event', {
    url: e.url,
    title: e.title,
    cancelled: e.cancelled
      ? ` <span style="color:#a4161a;">(${escapeHtml(t.cancelled)})</span>`
      : '',
    whenLabel: t.when,
    when: e.when,
    place: e.place ? `<br />${escapeHtml(t.where)}: ${escapeHtml(e.place)}` : '',
  })

const courseMjml = (t: EmailTexts) => (c: CourseItem) =>
  renderPartial('partials/course', {
    url: c.url,
    title: c.title,
    details: [
      c.startsAt && `${escapeHtml(t.startsAt)}: ${escapeHtml(c.startsAt)}`,
      c.place && `${escapeHtml(t.where)}: ${escapeHtml(c.place)}`,
      c.signupDeadline &&
        `<strong>${escapeHtml(t.signupDeadline)}: ${escapeHtml(c.signupDeadline)}</strong>`,
    ]
      .filter(Boolean)
      .join('<br />'),
  })

const fundingMjml = (t: EmailTexts) => (f: FundingItem) =>
  renderPartial('partials/funding', {
    title: f.url
      ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.title)}</a>`
      : escapeHtml(f.title),
    provider: f.provider,
    deadlineLabel: t.deadline,
    deadline: f.deadline,
  })

function officeBlock(office: IssueContent['office']): string {
  const lines = [
    `<strong>${escapeHtml(office.name)}</strong>`,
    ...(office.postalAddress ?? '').split('\n').map((l) => escapeHtml(l.trim())),
    office.email
      ? `<a href="mailto:${escapeHtml(office.email)}">${escapeHtml(office.email)}</a>`
      : '',
  ]
  return `<p>${lines.filter(Boolean).join('<br />')}</p>`
}

function contactHtml(c: IssueContent['contact'], t: EmailTexts): string {
  const who = `${escapeHtml(t.contactLead)} <strong>${escapeHtml(c.name)}</strong>${c.jobTitle ? `, ${escapeHtml(c.jobTitle)}` : ''}`
  const ways = [
    c.email && `<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>`,
    c.phone && `<a href="tel:${escapeHtml(c.phone.replace(/\s/g, ''))}">${escapeHtml(c.phone)}</a>`,
  ].filter(Boolean)
  return ways.length ? `${who}: ${ways.join(' · ')}` : who
}

function footerHtml(content: IssueContent, t: EmailTexts, webVersion: boolean): string {
  const links = webVersion
    ? `<p>${escapeHtml(t.wantByEmail)} <a href="${escapeHtml(content.siteUrl + sitePaths.signup(content.locale))}">${escapeHtml(t.subscribeHere)}</a></p>`
    : `<p><a href="${escapeHtml(content.siteUrl + sitePaths.archive(content.locale, content.issueId))}">${escapeHtml(t.viewOnWeb)}</a></p><p>${escapeHtml(t.whyYouGetThis)}</p><p><a href="${PLACEHOLDERS.preferences}">${escapeHtml(t.preferences)}</a> · <a href="${PLACEHOLDERS.unsubscribe}">${escapeHtml(t.unsubscribe)}</a></p>`
  return links + officeBlock(content.office)
}

/** The issue as MJML source (exported for the template tests). */
export function issueMjml(content: IssueContent, opts: { webVersion?: boolean } = {}): string {
  const t = emailTexts[content.locale]
  return fill(
    readTemplate('newsletter'),
    {
      lang: content.locale,
      subject: content.subject,
      preheader: content.preheader,
      officeName: content.office.name,
      kicker: `${t.newsletter} · ${content.month}`,
      intro: content.introHtml,
      articles: section(t.news, content.articles, articleMjml),
      events: section(t.events, content.events, eventMjml(t)),
      courses: section(t.courses, content.courses, courseMjml(t)),
      funding: section(t.funding, content.funding, fundingMjml(t)),
      contactHeading: t.contact,
      contact: contactHtml(content.contact, t),
      footer: footerHtml(content, t, Boolean(opts.webVersion)),
    },
    'newsletter',
  )
}

/** Cuts compiled HTML at the topic markers into segments. */
function segmentsOf(html: string): IssueSegment[] {
  const parts: { html: string; topics: string[] | null }[] = []
  let last = 0
  for (const m of html.matchAll(MARKER)) {
    parts.push({ html: html.slice(last, m.index), topics: null })
    parts.push({ html: m[2], topics: m[1].split(',') })
    last = m.index! + m[0].length
  }
  parts.push({ html: html.slice(last), topics: null })
  // Neighbouring parts for the same readers are one segment: fewer joins per email.
  const merged: { html: string; topics: string[] | null }[] = []
  for (const p of parts) {
    const prev = merged.at(-1)
    if (prev && String(prev.topics) === String(p.topics)) prev.html += p.html
    else merged.push({ ...p })
  }
  return merged.map((p) => ({ ...p, text: htmlToText(p.html) }))
}

/** Realistic link lengths for the size check: a signed link is ~150 characters. */
const SAMPLE_URL = `https://naering.example.no/api/newsletter/preferences?token=${'x'.repeat(110)}`

export async function compileIssue(content: IssueContent): Promise<CompiledIssue> {
  const html = await compileMjml(issueMjml(content), 'newsletter')
  const segments = segmentsOf(html)
  const htmlBytes = Buffer.byteLength(
    segments
      .map((s) => s.html)
      .join('')
      .replaceAll(PLACEHOLDERS.preferences, SAMPLE_URL)
      .replaceAll(PLACEHOLDERS.unsubscribe, SAMPLE_URL),
  )
  if (htmlBytes > MAX_HTML_BYTES) throw new IssueTooLargeError(htmlBytes)
  return {
    issueId: content.issueId,
    locale: content.locale,
    subject: content.subject,
    preheader: content.preheader,
    segments,
    htmlBytes,
  }
}

interface Selection {
  html: string[]
  text: string[]
}

/** Per compiled issue: the joined HTML/text of each topic selection seen, cut at the link placeholders. */
const selections = new WeakMap<CompiledIssue, Map<string, Selection>>()
const PLACEHOLDER_SPLIT = /(%%PREFERENCES_URL%%|%%UNSUBSCRIBE_URL%%)/

function selectionFor(issue: CompiledIssue, topics: readonly string[]): Selection {
  let cache = selections.get(issue)
  if (!cache) selections.set(issue, (cache = new Map()))
  const wanted = new Set(topics)
  const included = issue.segments.map(
    (s) => !s.topics || wanted.size === 0 || s.topics.some((t) => wanted.has(t)),
  )
  const key = included.map((i) => (i ? '1' : '0')).join('')
  let selection = cache.get(key)
  if (!selection) {
    const chosen = issue.segments.filter((_, i) => included[i])
    selection = {
      html: chosen
        .map((s) => s.html)
        .join('')
        .split(PLACEHOLDER_SPLIT),
      text: chosen
        .map((s) => s.text)
        .filter(Boolean)
        .join('\n\n')
        .split(PLACEHOLDER_SPLIT),
    }
    cache.set(key, selection)
  }
  return selection
}

function fillLinks(parts: string[], p: Personalisation): string {
  let out = ''
  for (const part of parts)
    out +=
      part === PLACEHOLDERS.preferences
        ? p.preferencesUrl
        : part === PLACEHOLDERS.unsubscribe
          ? p.unsubscribeUrl
          : part
  return out
}

/** One subscriber's email: their sections and their links. */
export function personalise(
  issue: CompiledIssue,
  p: Personalisation,
): { html: string; text: string } {
  const selection = selectionFor(issue, p.topics)
  return { html: fillLinks(selection.html, p), text: fillLinks(selection.text, p) }
}

/** Which topic ids a subscriber's email includes sections for (for tests and the admin). */
export const sectionTopics = (issue: CompiledIssue) =>
  issue.segments.filter((s) => s.topics).map((s) => s.topics!)

/** The issue as a web page (the site's archive): every section, no personal links. */
export async function renderWebVersionFromContent(content: IssueContent): Promise<string> {
  const html = await compileMjml(issueMjml(content, { webVersion: true }), 'newsletter')
  return html.replace(/<!--nh:(if [^>]*?|endif)-->/g, '')
}

export interface TransactionalEmail {
  subject: string
  html: string
  text: string
}

interface Office {
  name: string
  postalAddress: string
  email: string
}

const transactional = new Map<string, Promise<{ html: string; text: string }>>()

/** Confirm and welcome emails: compiled once per language and office, links filled in per email. */
async function compiledTransactional(
  name: 'confirm' | 'welcome',
  locale: Locale,
  values: Record<string, string>,
): Promise<{ html: string; text: string }> {
  const key = JSON.stringify([name, locale, values])
  let compiled = transactional.get(key)
  if (!compiled) {
    compiled = compileMjml(fill(readTemplate(name), values, name), name).then((html) => ({
      html,
      text: htmlToText(html),
    }))
    compiled.catch(() => transactional.delete(key))
    transactional.set(key, compiled)
  }
  return compiled
}

const footerFor = (office: Office) => officeBlock({ ...office, phone: undefined })

/**
 * The inbox preview line: without it, clients show the first text they find (the office name in
 * the header). The texts repeat nothing of the subject and say what to do.
 */
const TRANSACTIONAL_PREHEADERS = {
  confirm: {
    nn: 'Eitt klikk att: stadfest at du vil ha nyheitsbrevet.',
    en: 'One more click: confirm that you want the newsletter.',
  },
  welcome: {
    nn: 'Her endrar du tema og språk, eller meldar deg av.',
    en: 'Change your topics and language here, or unsubscribe.',
  },
} as const

export async function renderConfirmEmail(args: {
  locale: Locale
  email: string
  office: Office
  confirmUrl: string
}): Promise<TransactionalEmail> {
  const t = emailTexts[args.locale]
  const compiled = await compiledTransactional('confirm', args.locale, {
    lang: args.locale,
    subject: t.confirmSubject,
    preheader: TRANSACTIONAL_PREHEADERS.confirm[args.locale],
    officeName: args.office.name,
    heading: t.confirmHeading,
    body: phrase(t.confirmBody, {
      email: '%%EMAIL%%',
      office: args.office.name,
      hours: CONFIRM_TOKEN_HOURS,
    }),
    button: t.confirmButton,
    fallback: t.linkFallback,
    ignore: t.confirmIgnore,
    footer: footerFor(args.office),
  })
  const fillIn = (s: string, escape: boolean) =>
    s
      .replaceAll('%%CONFIRM_URL%%', args.confirmUrl)
      .replaceAll('%%EMAIL%%', escape ? escapeHtml(args.email) : args.email)
  return {
    subject: t.confirmSubject,
    html: fillIn(compiled.html, true),
    text: fillIn(compiled.text, false),
  }
}

export async function renderWelcomeEmail(args: {
  locale: Locale
  office: Office
  preferencesUrl: string
}): Promise<TransactionalEmail> {
  const t = emailTexts[args.locale]
  const compiled = await compiledTransactional('welcome', args.locale, {
    lang: args.locale,
    subject: t.welcomeSubject,
    preheader: TRANSACTIONAL_PREHEADERS.welcome[args.locale],
    officeName: args.office.name,
    heading: t.welcomeHeading,
    body: phrase(t.welcomeBody, { office: args.office.name }),
    button: t.welcomeButton,
    footer: footerFor(args.office),
  })
  const fillIn = (s: string) => s.replaceAll(PLACEHOLDERS.preferences, args.preferencesUrl)
  return { subject: t.welcomeSubject, html: fillIn(compiled.html), text: fillIn(compiled.text) }
}
