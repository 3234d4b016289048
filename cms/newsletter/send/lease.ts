/**
 * One sender per issue: the job in the jobs worker, the script, a second worker. A sender claims
 * the issue (status → sending, with its name and an expiry: the lease), renews the lease before
 * every request, and gives it back when done. Claim and renewal read and write in one transaction,
 * so two senders started at once cannot both win; the loser leaves the issue alone (it must not
 * mark it failed while the winner sends). A lease whose holder stopped renewing is free again
 * after its expiry, or at once when the holder was a process on this machine that no longer runs
 * (a SIGKILL'd worker): that is how a killed send resumes (recover.ts).
 */
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'

import type { Newsletter } from '../../payload-types'
import { inTransaction } from '../../transaction'

type Id = string | number
type Leased = Pick<Newsletter, 'sendLeaseOwner' | 'sendLeaseUntil'>

export class LeaseLostError extends Error {
  constructor(readonly heldBy: string | null) {
    super(`Another sender took over this issue (${heldBy ?? 'nobody'}): this one stops`)
    this.name = 'LeaseLostError'
  }
}

/** host:pid:random: the pid lets a restarted worker on the same machine see its predecessor died. */
export const newLeaseOwner = () => `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

function holderIsGone(owner: string): boolean {
  const [host, pid] = owner.split(':')
  if (host !== os.hostname() || !/^\d+$/.test(pid ?? '') || Number(pid) === process.pid)
    return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Someone holds the issue and is (as far as we can tell) still sending it. */
export function leaseIsLive(issue: Leased, now = new Date()): boolean {
  if (!issue.sendLeaseOwner || !issue.sendLeaseUntil) return false
  if (new Date(issue.sendLeaseUntil).getTime() <= now.getTime()) return false
  return !holderIsGone(issue.sendLeaseOwner)
}

const readIssue = (payload: Payload, id: Id, req: object) =>
  payload.findByID({
    collection: 'newsletters',
    id,
    depth: 0,
    showHiddenFields: true,
    req,
  }) as Promise<Newsletter>

const until = (now: Date, leaseMs: number) => new Date(now.getTime() + leaseMs).toISOString()

export type Claim = { ok: true } | { ok: false; heldBy: string; until: string }

/** Takes the issue for `owner` and sets it sending, unless someone else's lease is live. */
export function claimIssue(
  payload: Payload,
  issueId: Id,
  owner: string,
  leaseMs: number,
  now = new Date(),
): Promise<Claim> {
  return inTransaction(payload, async (req) => {
    const issue = await readIssue(payload, issueId, req)
    if (issue.sendLeaseOwner !== owner && leaseIsLive(issue, now))
      return { ok: false, heldBy: issue.sendLeaseOwner!, until: issue.sendLeaseUntil! }
    await payload.update({
      collection: 'newsletters',
      id: issueId,
      data: { status: 'sending', sendLeaseOwner: owner, sendLeaseUntil: until(now, leaseMs) },
      depth: 0,
      req,
      context: { skipSiteBuild: true },
    })
    return { ok: true }
  })
}

/** Extends the lease; throws LeaseLostError when another sender holds the issue now. */
export function renewLease(
  payload: Payload,
  issueId: Id,
  owner: string,
  leaseMs: number,
  now = new Date(),
): Promise<void> {
  return inTransaction(payload, async (req) => {
    const issue = await readIssue(payload, issueId, req)
    if (issue.sendLeaseOwner !== owner) throw new LeaseLostError(issue.sendLeaseOwner ?? null)
    await payload.update({
      collection: 'newsletters',
      id: issueId,
      data: { sendLeaseUntil: until(now, leaseMs) },
      depth: 0,
      req,
      context: { skipSiteBuild: true },
    })
  })
}

/** The send is over (sent or failed): sets the status and frees the issue, if still ours. */
export function releaseIssue(
  payload: Payload,
  issueId: Id,
  owner: string,
  data: Partial<Newsletter>,
): Promise<boolean> {
  return inTransaction(payload, async (req) => {
    const issue = await readIssue(payload, issueId, req)
    if (issue.sendLeaseOwner !== owner) return false
    await payload.update({
      collection: 'newsletters',
      id: issueId,
      data: { ...data, sendLeaseOwner: null, sendLeaseUntil: null },
      depth: 0,
      req,
    })
    return true
  })
}
