/**
 * The site's view of the CMS data: queries pages need, with relations resolved by id.
 * "Now" is the build time; the builder rebuilds nightly so upcoming/past stay right.
 */
import { type CollectionEntry, type CollectionKey, getCollection } from 'astro:content'

import { osloDay } from '../../../common/oslo'
import type { Locale } from '../../../common/routes'
import { hasPage, t } from '../lib/localize'
import { collectingReads, liveContent, noteRead, type Reads } from './liveContent'
import type * as T from '../lib/types'

/**
 * Between publishes, the warm renderer (site/publish/warm/) hands in the content store it keeps in
 * memory (liveContent.ts); a full build reads Astro's own (astro:content). Each hand-over is a new
 * generation: the memoised lists and "now" belong to one generation and are dropped with it.
 */
const startedAt = new Date()
let cache = new Map<string, { value: Promise<unknown>; reads: Reads }>()
let cachedGeneration = 0
/** The generation the memoised values belong to; a new one empties the memo. */
export function generation(): number {
  const current = liveContent()?.generation ?? 0
  if (current !== cachedGeneration) {
    cache = new Map()
    cachedGeneration = current
  }
  return current
}
/**
 * A memoised list is shared by every page of a build: one page sorting it in place would change
 * what the pages after it show, so the order of rendering would decide a page's content (and a
 * publish that renders fewer pages than a full build would differ from it). Frozen, such a sort
 * throws instead.
 */
function frozen<V>(value: V): V {
  if (Array.isArray(value)) return Object.freeze(value) as V
  if (value && typeof value === 'object' && !(value instanceof Map))
    for (const v of Object.values(value)) if (Array.isArray(v)) Object.freeze(v)
  return value
}

/** Computed once per generation; every render that asks notes what it read (liveContent.ts). */
export function memo<V>(key: string, load: () => Promise<V>): Promise<V> {
  generation()
  let entry = cache.get(key)
  if (!entry) {
    const reads: Reads = new Set()
    entry = { value: collectingReads(reads, load).then(frozen), reads }
    cache.set(key, entry)
  }
  noteRead(entry.reads)
  return entry.value as Promise<V>
}

/** Each document's content digest (the loader's), for the pages' cache keys (lib/pageKeys.ts). */
const digests = new WeakMap<object, string>()
export const digestOf = (doc: object): string => digests.get(doc) ?? ''

const entries = async (c: CollectionKey) => liveContent()?.entries(c) ?? (await getCollection(c))

/**
 * A collection's documents, by id. Each publish syncs only what changed and keeps the store's other
 * entries as they were (the same objects); when none of a collection's entries changed, the list of
 * the last generation is handed out again, the very same array, so what was derived from it
 * (`derived`, `byId`, the pages' keys) is reused instead of being made again for 10,000 documents.
 */
type StoreEntry = { id: string; data: unknown; digest?: string | number }
const lists = new Map<string, { entries: StoreEntry[]; list: unknown[]; at: Map<string, number> }>()
const sameEntries = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

function dataOf<C extends CollectionKey>(c: C, e: StoreEntry): CollectionEntry<C>['data'] {
  const data = e.data as CollectionEntry<C>['data']
  digests.set(data, `${c}:${e.id}:${e.digest ?? ''}`)
  return data
}

const all = <C extends CollectionKey>(c: C): Promise<CollectionEntry<C>['data'][]> =>
  memo(c, async () => {
    noteRead(c)
    type D = CollectionEntry<C>['data']
    const current = [...(await entries(c))] as StoreEntry[]
    const last = lists.get(c)
    // The usual publish: the same documents, a few of them changed (each keeps its place).
    if (last && last.entries.length === current.length) {
      let list: D[] | undefined
      let same = true
      for (let i = 0; i < current.length && same; i++) {
        const [was, now] = [last.entries[i], current[i]]
        if (was === now) continue
        if (was.id !== now.id) same = false
        else (list ??= [...(last.list as D[])])[last.at.get(now.id)!] = dataOf(c, now)
      }
      if (same) {
        if (!list) return last.list as D[]
        lists.set(c, { entries: current, list, at: last.at })
        return list
      }
    }
    const sorted = current
      .map((e) => ({ e, id: Number(e.id) }))
      .sort((a, b) => a.id - b.id || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0))
      .map(({ e }) => e)
    const list = sorted.map((e) => dataOf(c, e))
    lists.set(c, { entries: current, list, at: new Map(sorted.map((e, i) => [e.id, i])) })
    return list
  })

/**
 * A derived list after some of its input's items were replaced by new versions (`all` keeps each
 * document's place): the last output with the same replacements, when none of them changes what
 * the derivation decides by (`same`: membership and order); otherwise undefined, to derive afresh.
 */
function patched<V>(
  before: readonly V[],
  now: readonly V[],
  output: readonly V[],
  same: (was: V, now: V) => boolean,
): V[] | undefined {
  if (before.length !== now.length) return undefined
  let out: V[] | undefined
  for (let i = 0; i < now.length; i++) {
    if (before[i] === now[i]) continue
    if (!same(before[i], now[i])) return undefined
    const at = output.indexOf(before[i])
    if (at >= 0) (out ??= [...output])[at] = now[i]
  }
  return out ?? (output as V[])
}

/**
 * Memoised across generations while its inputs are the same objects (lists from `all`, or values
 * derived from them): made again only when one of them is new.
 */
const derivedCache = new Map<string, { inputs: unknown[]; value: unknown }>()
function derived<V>(
  key: string,
  inputs: unknown[],
  make: (last?: { inputs: unknown[]; value: V }) => V,
): V {
  const last = derivedCache.get(key) as { inputs: unknown[]; value: V } | undefined
  if (last && sameEntries(last.inputs, inputs)) return last.value
  const value = make(last)
  derivedCache.set(key, { inputs, value })
  return value
}

/** The moment the site is built as of: the build's start, or the warm renderer's publish. */
export const buildTime = (): Date => liveContent()?.now ?? startedAt
const nowIso = () => buildTime().toISOString()

export const topics = () => all('topics')
export const media = () => all('media')
export const staff = () => all('staff')
export const providers = () => all('providers')
export const businesses = () => all('businesses')
export const funding = () => all('funding')

/** Undefined only when the site is type-checked without a CMS (SITE_CONTENT_OFFLINE=1). */
export async function settings(): Promise<T.SiteSettings | undefined> {
  const [s] = await all('settings')
  return s
}

export async function statistics(): Promise<T.SiteStatistics> {
  const [s] = await all('statistics')
  return s
}

const maps = new WeakMap<object, Map<number, unknown>>()
/** Items by id; the map is built once per list, not once per page. */
export async function byId<V extends { id: number | string }>(
  items: Promise<V[]>,
): Promise<Map<number, V>> {
  const list = await items
  if (!maps.has(list)) maps.set(list, new Map(list.map((x) => [Number(x.id), x])))
  return maps.get(list) as Map<number, V>
}

/** Published articles, newest first; in English only those with English text. */
export function articles(locale: Locale): Promise<T.SiteArticle[]> {
  // Memoised: every paginated list page asks, and sorting 10,000 articles each time adds up.
  return memo(`articles:${locale}`, async () => {
    const list = await all('articles')
    const byDate = (a: T.SiteArticle, b: T.SiteArticle) =>
      (b.publishedAt ?? '') < (a.publishedAt ?? '')
        ? -1
        : (b.publishedAt ?? '') > (a.publishedAt ?? '')
          ? 1
          : 0
    const shown = (a: T.SiteArticle) => locale === 'nn' || hasPage(a, 'en')
    return derived<T.SiteArticle[]>(`articles:${locale}`, [list], (last) => {
      // An edit that moves no article (same date, same languages) keeps the order: 10,000
      // articles are not filtered and sorted again for it.
      const kept =
        last &&
        patched(
          last.inputs[0] as T.SiteArticle[],
          list,
          last.value,
          (was, now) => was.publishedAt === now.publishedAt && shown(was) === shown(now),
        )
      return kept ?? list.filter(shown).sort(byDate)
    })
  })
}

const months = new WeakMap<T.SiteArticle, string>()
/** The Oslo month (`YYYY-MM`) an article belongs to in the news archive. */
export function articleMonth(a: T.SiteArticle): string {
  let month = months.get(a)
  if (month === undefined) {
    month = osloDay(a.publishedAt ?? a.createdAt).slice(0, 7)
    months.set(a, month)
  }
  return month
}

/**
 * The news archive: articles by month, newest month first. A new article changes only its own
 * month's page (and the short "latest" list), so publishing never shifts every list page.
 */
export function articlesByMonth(locale: Locale): Promise<Map<string, T.SiteArticle[]>> {
  return memo(`articlesByMonth:${locale}`, async () => {
    const list = await articles(locale)
    return derived<Map<string, T.SiteArticle[]>>(`articlesByMonth:${locale}`, [list], (last) => {
      const months = new Map<string, T.SiteArticle[]>()
      for (const a of list) {
        const month = articleMonth(a)
        if (!months.has(month)) months.set(month, [])
        months.get(month)!.push(a)
      }
      // A month whose articles are all as they were keeps its list, the same object: its page
      // keys (lib/pageKeys.ts) are kept with it instead of being made again.
      const before = last?.value
      for (const [month, l] of months) {
        const kept = before?.get(month)
        if (kept && sameEntries(kept, l)) months.set(month, kept)
        else Object.freeze(l)
      }
      return new Map([...months].sort(([a], [b]) => b.localeCompare(a)))
    })
  })
}

const eventEnd = (e: T.SiteEvent) => e.endsAt ?? e.startsAt

export function events(locale: Locale) {
  return memo(`events:${locale}`, () => loadEvents(locale))
}

async function loadEvents(locale: Locale) {
  const list = (await all('events')).filter((e) => locale === 'nn' || hasPage(e, 'en'))
  const upcoming = list
    .filter((e) => eventEnd(e) >= nowIso())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const past = list
    .filter((e) => eventEnd(e) < nowIso())
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  return { all: list, upcoming, past }
}

/** When a course's last session ends, or null for self-paced courses (always available). */
const courseEnds = (c: T.SiteCourse) =>
  c.sessions?.length
    ? c.sessions
        .map((s) => s.endsAt ?? s.startsAt)
        .sort()
        .at(-1)!
    : null

/** A course is current until its last session is over; past courses leave the catalogue. */
export const isCurrentCourse = (c: T.SiteCourse) => {
  const end = courseEnds(c)
  return end === null || end >= nowIso()
}

export const signupOpen = (c: T.SiteCourse) =>
  isCurrentCourse(c) &&
  (!c.signupDeadline || c.signupDeadline.slice(0, 10) >= nowIso().slice(0, 10))

export function courses(locale: Locale) {
  return memo(`courses:${locale}`, () => loadCourses(locale))
}

async function loadCourses(locale: Locale) {
  const list = (await all('courses')).filter((c) => locale === 'nn' || hasPage(c, 'en'))
  const current = list
    .filter(isCurrentCourse)
    .sort((a, b) =>
      (a.sessions?.[0]?.startsAt ?? '9').localeCompare(b.sessions?.[0]?.startsAt ?? '9'),
    )
  const open = current
    .filter(signupOpen)
    .sort((a, b) => (a.signupDeadline ?? '9999').localeCompare(b.signupDeadline ?? '9999'))
  return { all: list, current, open }
}

export async function sentNewsletters(): Promise<T.SiteNewsletter[]> {
  const list = await all('newsletters')
  return list
    .filter((n) => n.status === 'sent')
    .sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''))
}

export async function fundingByDeadline(): Promise<T.SiteFunding[]> {
  const today = nowIso().slice(0, 10)
  const list = await funding()
  const dated = list
    .filter((f) => !f.rolling && f.deadline && f.deadline.slice(0, 10) >= today)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!))
  return [...dated, ...list.filter((f) => f.rolling)]
}

export const slugOf = (doc: { slug: T.L }, locale: Locale) => t(doc.slug, locale) ?? ''
