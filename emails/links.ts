/**
 * Signed links in emails: confirm a subscription, open the preference centre, unsubscribe.
 * A token is `base64url(claims).base64url(HMAC-SHA256)`: stateless, bound to the subscriber's
 * id AND address (an id reused after an erasure opens nothing), and deterministic for preference
 * and unsubscribe links, so a batch re-sent after a crash has byte-identical bodies (which is what
 * lets Resend's idempotency key deduplicate it).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** `registration`: an event attendee's cancel link (subscriberId holds the registration's id). */
export type TokenPurpose = 'confirm' | 'preferences' | 'unsubscribe' | 'registration'

const PURPOSE_CODE: Record<TokenPurpose, string> = {
  confirm: 'c',
  preferences: 'p',
  unsubscribe: 'u',
  registration: 'r',
}

export interface TokenClaims {
  purpose: TokenPurpose
  subscriberId: string
  /** Short hash of the address the link was made for. */
  emailHash: string
  /** Confirm links: the nonce stored on the subscriber; a used or replaced link no longer matches. */
  nonce?: string
  /** Unsubscribe links: the issue the link came in, for the report. */
  issueId?: string
  /** Expiry, seconds since the epoch (confirm links only). */
  expiresAt?: number
}

export type TokenProblem = 'malformed' | 'forged' | 'expired'

export const CONFIRM_TOKEN_HOURS = 72

export const emailHash = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 12)

const mac = (body: string, secret: string) =>
  createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32)

export function signToken(claims: TokenClaims, secret: string): string {
  const compact: Record<string, string | number> = {
    p: PURPOSE_CODE[claims.purpose],
    s: claims.subscriberId,
    h: claims.emailHash,
  }
  if (claims.nonce) compact.n = claims.nonce
  if (claims.issueId) compact.i = claims.issueId
  if (claims.expiresAt) compact.x = claims.expiresAt
  const body = Buffer.from(JSON.stringify(compact)).toString('base64url')
  return `${body}.${mac(body, secret)}`
}

export function verifyToken(
  token: unknown,
  purpose: TokenPurpose,
  secret: string,
  now = Date.now(),
): { ok: true; claims: TokenClaims } | { ok: false; problem: TokenProblem } {
  if (typeof token !== 'string' || token.length > 1000 || !/^[\w-]+\.[\w-]+$/.test(token))
    return { ok: false, problem: 'malformed' }
  const [body, signature] = token.split('.')
  const expected = Buffer.from(mac(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, problem: 'forged' }
  let c: Record<string, unknown>
  try {
    c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  // A valid signature on another purpose's token is still not this link.
  if (c.p !== PURPOSE_CODE[purpose] || typeof c.s !== 'string' || typeof c.h !== 'string')
    return { ok: false, problem: 'forged' }
  if (typeof c.x === 'number' && c.x * 1000 < now) return { ok: false, problem: 'expired' }
  return {
    ok: true,
    claims: {
      purpose,
      subscriberId: c.s,
      emailHash: c.h,
      nonce: typeof c.n === 'string' ? c.n : undefined,
      issueId: typeof c.i === 'string' ? c.i : undefined,
      expiresAt: typeof c.x === 'number' ? c.x : undefined,
    },
  }
}

export interface LinkSettings {
  serverUrl: string
  linkSecret: string
  unsubscribeMailto: string
  /** In production the one-click unsubscribe link must be https (RFC 8058): http is refused. */
  production?: boolean
}

export class InsecureUnsubscribeUrlError extends Error {
  constructor(url: string) {
    super(
      `The one-click unsubscribe link would be ${url}: RFC 8058 needs https. Set SERVER_URL to the https:// address of the CMS.`,
    )
    this.name = 'InsecureUnsubscribeUrlError'
  }
}

interface SubscriberRef {
  id: string | number
  email: string
}

const api = (s: LinkSettings, path: string, token: string) =>
  `${s.serverUrl}/api/newsletter/${path}?token=${token}`

export function confirmUrl(
  s: LinkSettings,
  subscriber: SubscriberRef,
  nonce: string,
  now = Date.now(),
) {
  const expiresAt = Math.floor(now / 1000) + CONFIRM_TOKEN_HOURS * 3600
  return api(
    s,
    'confirm',
    signToken(
      {
        purpose: 'confirm',
        subscriberId: String(subscriber.id),
        emailHash: emailHash(subscriber.email),
        nonce,
        expiresAt,
      },
      s.linkSecret,
    ),
  )
}

export function preferencesUrl(s: LinkSettings, subscriber: SubscriberRef) {
  return api(
    s,
    'preferences',
    signToken(
      {
        purpose: 'preferences',
        subscriberId: String(subscriber.id),
        emailHash: emailHash(subscriber.email),
      },
      s.linkSecret,
    ),
  )
}

function unsubscribeToken(s: LinkSettings, subscriber: SubscriberRef, issueId?: string | number) {
  const claims: TokenClaims = {
    purpose: 'unsubscribe',
    subscriberId: String(subscriber.id),
    emailHash: emailHash(subscriber.email),
  }
  if (issueId !== undefined) claims.issueId = String(issueId)
  return signToken(claims, s.linkSecret)
}

/** The https unsubscribe link: GET shows a button, POST (RFC 8058 one-click) unsubscribes. */
export function unsubscribeUrl(
  s: LinkSettings,
  subscriber: SubscriberRef,
  issueId?: string | number,
) {
  return api(s, 'unsubscribe', unsubscribeToken(s, subscriber, issueId))
}

/**
 * RFC 2369/8058 headers: the one-click https link first, mailto as the fallback for older clients.
 * The mailto subject carries the signed token, so whoever reads that mailbox can verify the request.
 * Returns the https link too: the footer's "unsubscribe" is the same link (GET shows a button).
 */
export function unsubscribeLinks(
  s: LinkSettings,
  subscriber: SubscriberRef,
  issueId?: string | number,
) {
  const token = unsubscribeToken(s, subscriber, issueId)
  const url = api(s, 'unsubscribe', token)
  if (s.production && !url.startsWith('https://'))
    throw new InsecureUnsubscribeUrlError(s.serverUrl)
  return {
    url,
    headers: {
      'List-Unsubscribe': `<${url}>, <mailto:${s.unsubscribeMailto}?subject=unsubscribe%20${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

export const listUnsubscribeHeaders = (
  s: LinkSettings,
  subscriber: SubscriberRef,
  issueId?: string | number,
) => unsubscribeLinks(s, subscriber, issueId).headers
