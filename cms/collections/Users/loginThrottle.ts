/**
 * Login throttling that a stranger cannot turn against staff. Payload's own lockout (5 wrong
 * passwords lock the account for everyone) is off; instead, failures are counted
 *  - per client address: one client cannot guess on and on;
 *  - per account and client: one client cannot hammer one account;
 *  - per account across clients, but only against clients that have not logged in to that
 *    account before: a guessing campaign from many addresses is stopped, while the staff member,
 *    from an address they logged in from lately, still gets in.
 * A refusal says the same for known and unknown accounts, and an unknown account costs the same
 * password hashing as a known one, so neither the answer nor its timing tells who has an account.
 */
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { clientAddress, createRateLimiter } from '../../http/rateLimit'

const WINDOW_MS = 15 * 60_000
const TRUSTED_FOR_MS = 30 * 24 * 60 * 60_000
export const LOGIN_LIMITS = { perClient: 20, perClientAndAccount: 5, perAccountFromNewClients: 30 }
const MAX_KEYS = 10_000

export const TOO_MANY_LOGINS =
  'For mange innloggingsforsøk: vent eit kvarter og prøv igjen. / Too many login attempts: wait a quarter of an hour and try again.'

/** Failure times per key within the window; the oldest keys go first beyond the cap. */
function failureCounter() {
  const failures = new Map<string, number[]>()
  const recent = (key: string, now: number) =>
    (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS)
  return {
    count: (key: string, now: number) => recent(key, now).length,
    add(key: string, now: number) {
      const list = recent(key, now)
      list.push(now)
      failures.delete(key)
      failures.set(key, list)
      if (failures.size > MAX_KEYS) failures.delete(failures.keys().next().value as string)
    },
    /** Takes back one provisional failure: the attempt turned out to be a good login. */
    removeLast(key: string) {
      failures.get(key)?.pop()
    },
    clear: () => failures.clear(),
  }
}

export function createLoginThrottle() {
  const failures = failureCounter()
  const trusted = new Map<string, number>()
  const keys = (client: string, account: string) => ({
    client: `c:${client}`,
    pair: `p:${client}\0${account}`,
    account: `a:${account}`,
    trust: `${client}\0${account}`,
  })
  return {
    /** Counts the attempt as failed until `succeeded` says otherwise; false when refused. */
    attempt(client: string, account: string, now = Date.now()): boolean {
      const k = keys(client, account)
      const isTrusted = (trusted.get(k.trust) ?? 0) > now
      if (
        failures.count(k.client, now) >= LOGIN_LIMITS.perClient ||
        failures.count(k.pair, now) >= LOGIN_LIMITS.perClientAndAccount ||
        (!isTrusted && failures.count(k.account, now) >= LOGIN_LIMITS.perAccountFromNewClients)
      )
        return false
      failures.add(k.client, now)
      failures.add(k.pair, now)
      if (!isTrusted) failures.add(k.account, now)
      return true
    },
    succeeded(client: string, account: string, now = Date.now()) {
      const k = keys(client, account)
      failures.removeLast(k.client)
      failures.removeLast(k.pair)
      failures.removeLast(k.account)
      trusted.delete(k.trust)
      trusted.set(k.trust, now + TRUSTED_FOR_MS)
      if (trusted.size > MAX_KEYS) trusted.delete(trusted.keys().next().value as string)
    },
    reset() {
      failures.clear()
      trusted.clear()
    },
  }
}

export const loginThrottle = createLoginThrottle()

const accountOf = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

/**
 * Payload 3.90's password hash parameters (600,000 rounds of PBKDF2-SHA256, 32 bytes): an unknown
 * account is hashed as long as a known one.
 */
const hashLikePayload = (password: string) =>
  promisify(pbkdf2)(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const account = accountOf(args.data?.email)
  const client = clientAddress(req)
  if (!loginThrottle.attempt(client, account)) throw new APIError(TOO_MANY_LOGINS, 429, null, true)
  const known = account
    ? await req.payload.db.findOne({
        collection: 'users',
        req,
        where: { email: { equals: account } },
      })
    : null
  if (!known) await hashLikePayload(String(args.data?.password ?? ''))
  return args
}

/** At most a few reset emails per account and per client an hour: no mailbox bombing of staff. */
export const resetRequestsPerAccount = createRateLimiter({ limit: 3, windowMs: 60 * 60_000 })
export const resetRequestsPerClient = createRateLimiter({ limit: 10, windowMs: 60 * 60_000 })

export const throttleResetRequests: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword') return args
  const account = accountOf(args.data?.email)
  const byClient = resetRequestsPerClient.hit(clientAddress(req))
  const byAccount = account ? resetRequestsPerAccount.hit(account) : { allowed: true }
  // Same answer as Payload's own for a refused request: nothing tells whether the account exists.
  if (!byClient.allowed || !byAccount.allowed) throw new APIError(TOO_MANY_LOGINS, 429, null, true)
  return args
}

export const forgiveGoodLogin: CollectionAfterLoginHook = ({ req, user }) => {
  loginThrottle.succeeded(clientAddress(req), accountOf(user.email))
  return user
}
