/**
 * Staff accounts facing strangers (audit findings F6, F7, F12): no lockout a stranger can cause,
 * no telling which accounts exist, no login addresses or sessions for the public.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { TEST_PASSWORD, testCms, type TestCms } from '../../../test/helpers/cms'
import { LOGIN_LIMITS, loginThrottle, TOO_MANY_LOGINS } from './loginThrottle'

let cms: TestCms
const STAFF = 'kari.staff@vinje.example'
const HOME = '198.51.100.10'

const login = (email: string, password: string, from: string) =>
  cms.rest('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: { 'X-Forwarded-For': from },
  })

const errorOf = async (res: Response) =>
  ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message

beforeAll(async () => {
  cms = await testCms()
  await cms.payload.create({
    collection: 'users',
    data: {
      email: STAFF,
      password: TEST_PASSWORD,
      name: 'Kari Staff',
      roles: ['advisor'],
      showOnContactPage: true,
    },
  })
})
afterAll(() => vi.unstubAllEnvs())
beforeEach(() => loginThrottle.reset())

describe('login throttling (F6)', () => {
  it('wrong passwords from a stranger never lock the staff member out', async () => {
    expect((await login(STAFF, TEST_PASSWORD, HOME)).status).toBe(200)
    for (let i = 0; i < 8; i++) await login(STAFF, 'wrong-password', '203.0.113.66')
    const stranger = await login(STAFF, 'wrong-password', '203.0.113.66')
    expect(stranger.status).toBe(429)
    expect(await errorOf(stranger)).toBe(TOO_MANY_LOGINS)
    expect((await login(STAFF, TEST_PASSWORD, HOME)).status).toBe(200)
  })

  it('a campaign from many addresses stops new addresses, not the staff member at home', async () => {
    expect((await login(STAFF, TEST_PASSWORD, HOME)).status).toBe(200)
    for (let i = 0; i < LOGIN_LIMITS.perAccountFromNewClients; i++)
      await login(STAFF, 'wrong-password', `203.0.113.${i + 1}`)
    expect((await login(STAFF, TEST_PASSWORD, '192.0.2.200')).status).toBe(429)
    expect((await login(STAFF, TEST_PASSWORD, HOME)).status).toBe(200)
  })

  it('a spoofed X-Forwarded-For does not dodge the limit when no proxy is trusted', async () => {
    const { resolveClientAddress } = await import('../../http/rateLimit')
    // What the admin server does without TRUST_PROXY: the socket address, whatever the header says.
    const addresses = ['6.6.6.1', '6.6.6.2', '6.6.6.3'].map((spoof) =>
      resolveClientAddress('203.0.113.77', spoof, null),
    )
    expect(new Set(addresses)).toEqual(new Set(['203.0.113.77']))
  })

  it('answers a wrong password the same for known and unknown accounts, never "locked", in similar time', async () => {
    const timed = async (email: string, from: string) => {
      const started = performance.now()
      const res = await login(email, 'wrong-password', from)
      return { ms: performance.now() - started, status: res.status, error: await errorOf(res) }
    }
    const known: Awaited<ReturnType<typeof timed>>[] = []
    const unknown: Awaited<ReturnType<typeof timed>>[] = []
    for (let i = 0; i < 4; i++) {
      known.push(await timed(STAFF, `192.0.2.${10 + i}`))
      unknown.push(await timed(`nobody${i}@vinje.example`, `192.0.2.${20 + i}`))
    }
    expect(new Set([...known, ...unknown].map((r) => `${r.status} ${r.error}`)).size).toBe(1)
    expect(known[0].status).toBe(401)
    expect(known[0].error).not.toMatch(/lock/i)
    const median = (rs: { ms: number }[]) => rs.map((r) => r.ms).sort((a, b) => a - b)[2]
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.6)
    expect(median(unknown)).toBeLessThan(median(known) * 1.6)
  })

  it("Payload's own lockout is off", async () => {
    for (let i = 0; i < 6; i++) await login(STAFF, 'wrong-password', `192.0.2.${100 + i}`)
    const user = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: STAFF } },
      showHiddenFields: true,
    })
    // With the lockout off, Payload keeps no lock fields at all.
    expect((user.docs[0] as { lockUntil?: string | null }).lockUntil ?? null).toBeNull()
    expect((await login(STAFF, TEST_PASSWORD, HOME)).status).toBe(200)
  })
})

describe('what the public reads of staff (F6, F7)', () => {
  it('the contact page data has no login address and no sessions', async () => {
    expect((await login(STAFF, TEST_PASSWORD, HOME)).status).toBe(200)
    const body = await (await cms.rest('/users')).json()
    const kari = body.docs.find((u: { name: string }) => u.name === 'Kari Staff')
    expect(kari).toBeDefined()
    expect(kari).not.toHaveProperty('email')
    expect(kari).not.toHaveProperty('sessions')
    expect(JSON.stringify(body)).not.toContain(STAFF)
  })

  it('a colleague sees the address but not the sessions; the person sees their own', async () => {
    const editor = await cms.staff(['editor'])
    const body = await (await cms.rest('/users?limit=100', { token: editor })).json()
    const kari = body.docs.find((u: { name: string }) => u.name === 'Kari Staff')
    expect(kari.email).toBe(STAFF)
    expect(kari).not.toHaveProperty('sessions')
    const res = await login(STAFF, TEST_PASSWORD, HOME)
    const { token } = await res.json()
    const me = await (await cms.rest('/users/me', { token })).json()
    expect(me.user.email).toBe(STAFF)
  })
})

describe('no third parties and safe cookies (F9, F12)', () => {
  it('the admin shows no Gravatar (which would receive a hash of each staff email)', async () => {
    expect(cms.payload.config.admin.avatar).toBe('default')
  })

  it('the session cookie is Secure in production', async () => {
    const before = await import('./index')
    expect(before.Users.auth).toMatchObject({ cookies: { secure: false } })
    vi.resetModules()
    vi.stubEnv('APP_ENV', 'production')
    vi.stubEnv('SERVER_URL', 'https://naering.vinje.example')
    vi.stubEnv('SITE_URL', 'https://naering.vinje.example')
    vi.stubEnv('RESEND_API_KEY', 're_test')
    vi.stubEnv('RESEND_WEBHOOK_SECRET', 'whsec_test')
    const { Users } = await import('./index')
    expect(Users.auth).toMatchObject({ cookies: { secure: true } })
  })
})
