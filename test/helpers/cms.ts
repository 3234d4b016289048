/**
 * The real CMS for tests: Payload's Local API on the test's SQLite file, and its REST handler (the
 * one the Next.js route mounts) for requests as a visitor or staff member.
 */
import { handleEndpoints, type Payload } from 'payload'

import { getCms } from '../../cms/getCms'
import { stampClientAddress } from '../../cms/http/rateLimit'
import config from '../../cms/payload.config'

export const TEST_PASSWORD = 'test-password-1234'

export async function testCms() {
  const payload = await getCms()
  const base = 'http://localhost:3000'

  /**
   * As if through the admin's own server behind one trusted proxy: a test names the client with
   * X-Forwarded-For, and the same stamping as in production decides the address handlers see.
   */
  async function rest(pathAndQuery: string, init: RequestInit & { token?: string } = {}) {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (init.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
    const stamped: Record<string, string> = Object.fromEntries(headers.entries())
    stampClientAddress(stamped, '127.0.0.1', { hops: 1 })
    return handleEndpoints({
      config,
      request: new Request(`${base}/api${pathAndQuery}`, { ...init, headers: stamped }),
    })
  }

  /** GraphQL is switched off (nothing of ours uses it): this shows what a prober gets. */
  async function graphql(query: string, token?: string) {
    const res = await rest('/graphql', { method: 'POST', token, body: JSON.stringify({ query }) })
    const text = await res.text()
    return { status: res.status, text }
  }

  /** Creates a staff member with the given roles and returns a login token for them. */
  async function staff(
    roles: ('admin' | 'editor' | 'advisor')[],
    email = `${roles.join('-')}-${Math.random().toString(36).slice(2)}@vinje.example`,
  ) {
    await payload.create({
      collection: 'users',
      data: { email, password: TEST_PASSWORD, name: roles.join(' '), roles },
    })
    const res = await rest('/users/login', {
      method: 'POST',
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    })
    const body = await res.json()
    if (!body.token) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`)
    return body.token as string
  }

  return { payload, rest, graphql, staff }
}

export type TestCms = Awaited<ReturnType<typeof testCms>>
export type { Payload }

/** Payload's ValidationError says "field X is invalid"; the reason we wrote is in data.errors. */
export async function validationMessages(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (err) {
    const e = err as { message: string; data?: { errors?: { message: string }[] } }
    return [e.message, ...(e.data?.errors?.map((x) => x.message) ?? [])].join(' | ')
  }
  throw new Error('expected a validation error, but the write succeeded')
}
