/**
 * "Fill from what was published since the last issue": articles, upcoming events and courses open
 * for signup that were first published since the last sent issue (or in the last 30 days), and
 * that the last issue did not carry. Adds to what the editor chose already; never removes anything.
 */
import type { Payload, Where } from 'payload'

import type { Newsletter } from '../../../payload-types'
import { AdminError, editable, editorAction } from './common'

const LIMITS = { articles: 6, events: 5, courses: 5 }
const idOf = (v: unknown) =>
  typeof v === 'object' && v !== null ? (v as { id: number }).id : (v as number)
const ids = (list: unknown[] | null | undefined) => (list ?? []).map(idOf)

async function lastSentIssue(payload: Payload, exceptId: number | string) {
  const found = await payload.find({
    collection: 'newsletters',
    where: { and: [{ status: { equals: 'sent' } }, { id: { not_equals: exceptId } }] },
    sort: '-sentAt',
    limit: 1,
    depth: 0,
  })
  return found.docs[0] as Newsletter | undefined
}

/**
 * Events and courses have no publish date of their own: their versions say when each was first
 * published. Edits of something published before `since` do not make it new.
 */
async function firstPublishedSince(
  payload: Payload,
  collection: 'events' | 'courses',
  since: string,
): Promise<number[]> {
  const published = (createdAt: Where['createdAt']) =>
    payload.findVersions({
      collection,
      where: { and: [{ 'version._status': { equals: 'published' } }, { createdAt }] },
      pagination: false,
      depth: 0,
      select: { parent: true },
    } as Parameters<Payload['findVersions']>[0])
  const recent = await published({ greater_than: since })
  const parents = [...new Set(recent.docs.map((v) => idOf(v.parent)))]
  if (!parents.length) return []
  const before = await payload.findVersions({
    collection,
    where: {
      and: [
        { 'version._status': { equals: 'published' } },
        { createdAt: { less_than_equal: since } },
        { parent: { in: parents } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  const old = new Set(before.docs.map((v) => idOf(v.parent)))
  return parents.filter((id) => !old.has(id))
}

async function pick(
  payload: Payload,
  collection: 'articles' | 'events' | 'courses',
  where: Where,
  sort: string,
  exclude: number[],
  limit: number,
) {
  const found = await payload.find({
    collection,
    where: {
      and: [
        { _status: { equals: 'published' } },
        ...(exclude.length ? [{ id: { not_in: exclude } }] : []),
        where,
      ],
    },
    sort,
    limit,
    depth: 0,
    locale: 'nn',
  })
  return found.docs.map((d) => d.id)
}

export async function fillFromPublished(payload: Payload, issue: Newsletter, now = new Date()) {
  if (!editable(issue))
    throw new AdminError(
      409,
      `The issue is ${issue.status}: only drafts and scheduled issues can be filled.`,
    )
  const last = await lastSentIssue(payload, issue.id)
  const since = last?.sentAt ?? new Date(now.getTime() - 30 * 24 * 3600_000).toISOString()
  const current = {
    articles: ids(issue.articles),
    events: ids(issue.events),
    courses: ids(issue.courses),
  }
  const newEvents = await firstPublishedSince(payload, 'events', since)
  const newCourses = await firstPublishedSince(payload, 'courses', since)
  const found = {
    articles: await pick(
      payload,
      'articles',
      { publishedAt: { greater_than: since } },
      '-publishedAt',
      [...current.articles],
      LIMITS.articles,
    ),
    events: await pick(
      payload,
      'events',
      {
        and: [
          { id: { in: newEvents.length ? newEvents : [0] } },
          { startsAt: { greater_than_equal: now.toISOString() } },
          { cancelled: { not_equals: true } },
        ],
      },
      'startsAt',
      [...current.events, ...ids(last?.events)],
      LIMITS.events,
    ),
    courses: await pick(
      payload,
      'courses',
      {
        and: [
          { id: { in: newCourses.length ? newCourses : [0] } },
          {
            or: [
              { signupDeadline: { greater_than_equal: now.toISOString() } },
              { signupDeadline: { exists: false } },
            ],
          },
        ],
      },
      'signupDeadline',
      [...current.courses, ...ids(last?.courses)],
      LIMITS.courses,
    ),
  }
  const data = {
    articles: [...current.articles, ...found.articles],
    events: [...current.events, ...found.events],
    courses: [...current.courses, ...found.courses],
  }
  await payload.update({ collection: 'newsletters', id: issue.id, data, depth: 0 })
  return {
    since,
    added: {
      articles: found.articles.length,
      events: found.events.length,
      courses: found.courses.length,
    },
  }
}

export const fillEndpoint = {
  path: '/:id/fill',
  method: 'post' as const,
  handler: editorAction((req, issue) => fillFromPublished(req.payload, issue)),
}
