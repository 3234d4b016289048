/**
 * The sender killed (SIGKILL: no cleanup, no last write) at three different points, then run
 * again: every confirmed subscriber still gets the issue exactly once. The sender is the real
 * `npm run newsletter:send` script in a child process; the fake Resend lives in this process, so
 * it outlives the sender and counts what was really sent (after idempotency de-duplication).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { newsletterTestbed, type Testbed } from '../test/harness'
import { batchKey } from './prepare'

let bed: Testbed
let payload: Payload
let issueId: number
const emails: string[] = []

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  lines: string[]
}

/** Runs the send script; `killWhen` sees each stdout line and may SIGKILL the sender. */
function runSender(opts: { killOnLine?: RegExp; onStart?: (child: ChildProcess) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx binary: that one runs the script in a grandchild process,
    // which a SIGKILL to the tsx process would leave running.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/send-newsletter.ts', '--issue', String(issueId)], {
      env: { ...process.env, NEWSLETTER_SEND_RATE: '8', NEWSLETTER_REQUEST_TIMEOUT_MS: '5000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const lines: string[] = []
    let stderr = ''
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const parts = buffered.split('\n')
      buffered = parts.pop()!
      for (const line of parts) {
        lines.push(line)
        if (opts.killOnLine?.test(line)) child.kill('SIGKILL')
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`sender exited ${code}: ${stderr}\n${lines.join('\n')}`))
      else resolve({ code, signal, lines })
    })
    opts.onStart?.(child)
  })
}

const batchStates = async () =>
  (await payload.find({ collection: 'newsletter-batches', where: { newsletter: { equals: issueId } }, sort: 'index', pagination: false })).docs.map((b) => b.status)

const sentToIssue = () => bed.fake.messages.filter((m) => m.tags.some((t) => t.name === 'issue' && t.value === String(issueId)))

beforeAll(async () => {
  bed = await newsletterTestbed()
  payload = bed.cms.payload
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  for (let i = 0; i < 450; i++) {
    const email = `lesar${i}@example.no`
    emails.push(email)
    await payload.create({ collection: 'subscribers', data: { email, status: 'confirmed', locale: 'nn' }, req: { transactionID }, depth: 0 })
  }
  if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  issueId = (await payload.create({ collection: 'newsletters', locale: 'nn', data: { subject: 'Kill -9', status: 'draft' } })).id
}, 120_000)
afterAll(() => bed?.close())

describe('killing the sender and running it again', () => {
  it('0 duplicates and 0 missed after SIGKILL just after prepare, in the middle of a request, and between batches', async () => {
    // 1. Right after the batches were prepared.
    const first = await runSender({ killOnLine: /^Prepared 5 batches for 450 recipients/ })
    expect(first.signal).toBe('SIGKILL')
    expect(await batchStates()).toHaveLength(5)

    // 2. In the middle of a request: Resend has accepted batch 2, the answer never reaches the sender.
    let stopListening = () => {}
    const second = await runSender({
      onStart: (child) => {
        stopListening = bed.fake.onAccepted((_, key) => {
          if (key === batchKey(issueId, 2)) child.kill('SIGKILL')
        })
      },
    })
    stopListening()
    expect(second.signal).toBe('SIGKILL')
    expect((await batchStates())[2]).toBe('submitting')

    // 3. Between two batches.
    const third = await runSender({ killOnLine: /^batch 3: submitted/ })
    expect(third.signal).toBe('SIGKILL')
    expect(third.lines.some((l) => /^Resuming: 5 batches prepared earlier/.test(l))).toBe(true)
    expect(await batchStates()).toEqual(['submitted', 'submitted', 'submitted', 'submitted', 'pending'])

    // And once more, to the end.
    const last = await runSender()
    expect(last.code).toBe(0)
    expect(last.lines.join('\n')).toContain('Done: sent')

    const counts = new Map<string, number>()
    for (const m of sentToIssue()) counts.set(m.to[0], (counts.get(m.to[0]) ?? 0) + 1)
    const duplicates = [...counts].filter(([, n]) => n > 1)
    const missed = emails.filter((e) => !counts.has(e))
    expect({ duplicates: duplicates.length, missed: missed.length }).toEqual({ duplicates: 0, missed: 0 })
    // Batch 2 was sent again after the kill, under the same key: Resend answered from its store.
    expect(bed.fake.requests.filter((r) => r.idempotencyKey === batchKey(issueId, 2) && r.replayed)).toHaveLength(1)

    const issue = await payload.findByID({ collection: 'newsletters', id: issueId })
    expect(issue.status).toBe('sent')
    expect(issue.report).toMatchObject({ recipients: 450, sent: 450, failed: 0 })
  })
})
