/** Finds the subscriber a signed link is for, or says why the link opens nothing. */
import type { Payload } from 'payload'

import { env } from '../../env'
import type { Subscriber } from '../../payload-types'
import { emailHash, type TokenClaims, type TokenPurpose, verifyToken } from '../../../emails/links'

export type LinkProblem = 'invalid' | 'expired'

export async function subscriberFromToken(
  payload: Payload,
  token: string,
  purpose: TokenPurpose,
): Promise<
  { ok: true; subscriber: Subscriber; claims: TokenClaims } | { ok: false; problem: LinkProblem }
> {
  const verified = verifyToken(token, purpose, env().newsletter.linkSecret)
  if (!verified.ok)
    return { ok: false, problem: verified.problem === 'expired' ? 'expired' : 'invalid' }
  const found = await payload.find({
    collection: 'subscribers',
    where: { id: { equals: verified.claims.subscriberId } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
  })
  const subscriber = found.docs[0]
  // An erased subscriber, or an id now used by someone else: the link is for nobody here.
  if (!subscriber || emailHash(subscriber.email) !== verified.claims.emailHash)
    return { ok: false, problem: 'invalid' }
  return { ok: true, subscriber, claims: verified.claims }
}
