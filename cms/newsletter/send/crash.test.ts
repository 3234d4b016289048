/**
 * Faults, with real child processes: the sender killed (SIGKILL: no cleanup, no last write) in
 * prepare and while sending; the jobs worker killed mid-send; two senders at once; an address
 * Resend refuses; a resume after Resend has forgotten the keys. Every time: every confirmed
 * subscriber gets the issue exactly once (or the editor is asked, when nobody can know), and no
 * issue stays stuck. The senders are the real `npm run newsletter:send` script and the real jobs
 * worker; the fake Resend lives in this process, so it outlives them and counts what was really
 * sent (after idempotency de-duplication).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Newsletter } from '../../payload-types'
import { newsletterTestbed, type Testbed } from '../test/harness'
import { batchKey, storedSnapshot } from './prepare'

let bed: Testbed
let payload: Payload
let issueId: number
const emails: string[] = []
const children = new Set<ChildProcess>()

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  lines: string[]
}

/** Runs the send script; `killOnLine` sees each stdout line and may SIGKILL the sender. */
function runSender(
  opts: {
    killOnLine?: RegExp
    onStart?: (child: ChildProcess) => void
    issue?: number
    /** Exit code 1 (the issue ended failed) is an outcome, not an error. */
    allowFailed?: boolean
  } = {},
): Promise<Run> {
  const args = ['scripts/send-newsletter.ts', '--issue', String(opts.issue ?? issueId)]
  return runChild(args, opts)
}

/** The jobs worker of `npm start`, alone in its process, running due jobs every 300 ms. */
function runWorker(opts: {
  onStart?: (child: ChildProcess) => void
  stopWhen: () => Promise<boolean>
}) {
  const code = `import { getCms } from './cms/getCms'
    import { startJobsWorker } from './cms/jobs/worker'
    startJobsWorker(await getCms(), 300)
    console.log('worker started')`
  return runChild(['-e', code], { onStart: opts.onStart, stopWhen: opts.stopWhen })
}

function runChild(
  args: string[],
  opts: {
    killOnLine?: RegExp
    onStart?: (child: ChildProcess) => void
    allowFailed?: boolean
    /** Polled every 250 ms: once true, the child is stopped (SIGTERM). */
    stopWhen?: () => Promise<boolean>
  },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx binary: that one runs the script in a grandchild process,
    // which a SIGKILL to the tsx process would leave running.
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, NEWSLETTER_SEND_RATE: '8', NEWSLETTER_REQUEST_TIMEOUT_MS: '5000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(child)
    child.on('exit', () => children.delete(child))
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
    let polling: NodeJS.Timeout | undefined
    if (opts.stopWhen)
      polling = setInterval(() => {
        void opts.stopWhen!().then((stop) => {
          if (stop) child.kill('SIGTERM')
        })
      }, 250)
    child.on('exit', (code, signal) => {
      clearInterval(polling)
      if (code !== null && code !== 0 && !(opts.allowFailed && code === 1))
        reject(new Error(`child exited ${code}: ${stderr}\n${lines.join('\n')}`))
      else resolve({ code, signal, lines })
    })
    opts.onStart?.(child)
  })
}

const issueOf = async (id: number) =>
  (await payload.findByID({
    collection: 'newsletters',
    id,
    depth: 0,
    showHiddenFields: true,
  })) as Newsletter

const isKeyOf = (id: number, index: number) => (key?: string) =>
  Boolean(key?.startsWith(`newsletter-${id}-`) && key.endsWith(`-batch-${index}`))

/** Recipients of the issue in the fake's outbox: who got it twice, who of `expected` got none. */
function outboxCheck(id: number, expected: string[]) {
  const counts = new Map<string, number>()
  for (const m of bed.fake.messages)
    if (m.tags.some((t) => t.name === 'issue' && t.value === String(id)))
      counts.set(m.to[0], (counts.get(m.to[0]) ?? 0) + 1)
  return {
    duplicates: [...counts].filter(([, n]) => n > 1).length,
    missed: expected.filter((e) => !counts.has(e)).length,
  }
}

const newIssue = async (subject: string) =>
  (
    await payload.create({
      collection: 'newsletters',
      locale: 'nn',
      data: { subject, status: 'draft' },
    })
  ).id

const batchCount = async (id: number) =>
  (await payload.count({ collection: 'newsletter-batches', where: { newsletter: { equals: id } } }))
    .totalDocs

const batchStates = async (id = issueId) =>
  (
    await payload.find({
      collection: 'newsletter-batches',
      where: { newsletter: { equals: id } },
      sort: 'index',
      pagination: false,
    })
  ).docs.map((b) => b.status)

const sentToIssue = () =>
  bed.fake.messages.filter((m) =>
    m.tags.some((t) => t.name === 'issue' && t.value === String(issueId)),
  )

beforeAll(async () => {
  bed = await newsletterTestbed()
  payload = bed.cms.payload
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  for (let i = 0; i < 450; i++) {
    const email = `lesar${i}@example.no`
    emails.push(email)
    await payload.create({
      collection: 'subscribers',
      data: { email, status: 'confirmed', locale: 'nn' },
      req: { transactionID },
      depth: 0,
    })
  }
  if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  issueId = (
    await payload.create({
      collection: 'newsletters',
      locale: 'nn',
      data: { subject: 'Kill -9', status: 'draft' },
    })
  ).id
}, 120_000)
afterAll(() => {
  // A failed or timed-out test must not leave a worker running.
  for (const child of children) child.kill('SIGKILL')
  return bed?.close()
})

describe('killing the sender and running it again', () => {
  it('0 duplicates and 0 missed after SIGKILL just after prepare, in the middle of a request, and between batches', async () => {
    // 1. Right after the batches were prepared.
    const first = await runSender({ killOnLine: /^Prepared 5 batches for 450 recipients/ })
    expect(first.signal).toBe('SIGKILL')
    expect(await batchStates()).toHaveLength(5)

    // 2. In the middle of a request: Resend has accepted batch 2, the answer never reaches the sender.
    const { sendId } = storedSnapshot(await issueOf(issueId))!
    let stopListening = () => {}
    const second = await runSender({
      onStart: (child) => {
        stopListening = bed.fake.onAccepted((_, key) => {
          if (key === batchKey(issueId, sendId, 2)) child.kill('SIGKILL')
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
    expect(await batchStates()).toEqual([
      'submitted',
      'submitted',
      'submitted',
      'submitted',
      'pending',
    ])

    // And once more, to the end.
    const last = await runSender()
    expect(last.code).toBe(0)
    expect(last.lines.join('\n')).toContain('Done: sent')

    const counts = new Map<string, number>()
    for (const m of sentToIssue()) counts.set(m.to[0], (counts.get(m.to[0]) ?? 0) + 1)
    const duplicates = [...counts].filter(([, n]) => n > 1)
    const missed = emails.filter((e) => !counts.has(e))
    expect({ duplicates: duplicates.length, missed: missed.length }).toEqual({
      duplicates: 0,
      missed: 0,
    })
    // Batch 2 was sent again after the kill, under the same key: Resend answered from its store.
    expect(
      bed.fake.requests.filter(
        (r) => r.idempotencyKey === batchKey(issueId, sendId, 2) && r.replayed,
      ),
    ).toHaveLength(1)

    const issue = await payload.findByID({ collection: 'newsletters', id: issueId })
    expect(issue.status).toBe('sent')
    expect(issue.report).toMatchObject({ recipients: 450, submitted: 450, failed: 0 })
  }, 600_000)
})

describe('killing the sender while it prepares', () => {
  it('leaves all 5 batches and the snapshot, or nothing, at each of 3 points; then sends to everyone once', async () => {
    const id = await newIssue('Kill -9 i førebuinga')
    const leftAfterKills: number[] = []
    for (const point of [1, 3, 5]) {
      const run = await runSender({
        issue: id,
        killOnLine: new RegExp(`^Preparing: batch ${point} of 5 written`),
      })
      expect(run.signal).toBe('SIGKILL')
      const batches = await batchCount(id)
      const prepared = storedSnapshot(await issueOf(id)) !== null
      // All or nothing: never some batches without the rest, never batches without the snapshot.
      expect({ batches, prepared }).toEqual(
        prepared ? { batches: 5, prepared: true } : { batches: 0, prepared: false },
      )
      leftAfterKills.push(batches)
    }
    // At least one kill landed inside the transaction and was rolled back.
    expect(leftAfterKills).toContain(0)

    const last = await runSender({ issue: id })
    expect(last.lines.join('\n')).toContain('Done: sent')
    expect(outboxCheck(id, emails)).toEqual({ duplicates: 0, missed: 0 })
    expect((await issueOf(id)).status).toBe('sent')
  }, 600_000)
})

describe('two senders started at once', () => {
  it('one sends, the other leaves the issue alone (never marks it failed); everyone gets it once', async () => {
    const id = await newIssue('To sendarar')
    const seen = new Set<string>()
    const watching = setInterval(() => void issueOf(id).then((i) => seen.add(i.status)), 50)
    const [a, b] = await Promise.all([runSender({ issue: id }), runSender({ issue: id })])
    clearInterval(watching)
    expect([a.code, b.code]).toEqual([0, 0])
    const out = [...a.lines, ...b.lines].join('\n')
    expect(out.match(/Done: sent/g)).toHaveLength(1)
    expect(out).toMatch(/Another sender is sending this issue|Already sent: nothing to do/)
    expect(seen.has('failed')).toBe(false)
    expect(outboxCheck(id, emails)).toEqual({ duplicates: 0, missed: 0 })
    expect((await issueOf(id)).status).toBe('sent')
  }, 600_000)
})

describe('killing the jobs worker during "Send now"', () => {
  it('is recovered by a fresh worker, and from the admin with one click; everyone gets it once', async () => {
    const id = await newIssue('Kill -9 i jobbkøyraren')
    const editor = await bed.cms.staff(['editor'])
    const admin = (path: string, init: RequestInit = {}) =>
      bed.cms.rest(`/newsletters/${id}${path}`, { token: editor, ...init })
    const sent = async () => (await issueOf(id)).status === 'sent'
    const sendJob = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'sendNewsletter' } },
          sort: '-createdAt',
          limit: 1,
        })
      ).docs[0]

    expect((await admin('/send-now', { method: 'POST' })).status).toBe(200)
    const killAtBatch = (index: number) => (child: ChildProcess) => {
      const stop = bed.fake.onAccepted((_, key) => {
        if (isKeyOf(id, index)(key)) {
          child.kill('SIGKILL')
          stop()
        }
      })
    }
    const first = await runWorker({ onStart: killAtBatch(1), stopWhen: sent })
    expect(first.signal).toBe('SIGKILL')
    // What the harness saw: the job "processing" forever, the issue "sending", nobody sending it.
    expect((await sendJob()).processing).toBe(true)
    expect((await issueOf(id)).status).toBe('sending')
    const progress = await (await admin('/progress')).json()
    expect(progress).toMatchObject({ status: 'sending', stuck: true })

    // A fresh worker hands the dead job back at start and resumes; killed again in batch 3 ...
    const second = await runWorker({ onStart: killAtBatch(3), stopWhen: sent })
    expect(second.signal).toBe('SIGKILL')
    expect((await sendJob()).processing).toBe(true)

    // ... and this time the editor clicks "Hald fram med sendinga".
    const resume = await admin('/resume', { method: 'POST' })
    expect(resume.status).toBe(200)
    expect(await resume.json()).toMatchObject({ resumed: 'requeued' })
    expect((await sendJob()).processing).toBe(false)
    const third = await runWorker({ stopWhen: sent })
    expect(third.signal).toBe('SIGTERM')

    expect(outboxCheck(id, emails)).toEqual({ duplicates: 0, missed: 0 })
    const done = await issueOf(id)
    expect(done.status).toBe('sent')
    expect(done.report).toMatchObject({ recipients: 450, submitted: 450, failed: 0 })
    expect(await (await admin('/progress')).json()).toMatchObject({ stuck: false })
  }, 600_000)
})

describe('resuming after Resend has forgotten the keys (24 h)', () => {
  it('does not re-send an uncertain batch blindly: the editor is told and decides', async () => {
    const id = await newIssue('Etter eitt døgn')
    const editor = await bed.cms.staff(['editor'])
    const admin = (path: string, init: RequestInit = {}) =>
      bed.cms.rest(`/newsletters/${id}${path}`, { token: editor, ...init })
    let stopListening = () => {}
    const killed = await runSender({
      issue: id,
      onStart: (child) => {
        stopListening = bed.fake.onAccepted((_, key) => {
          if (isKeyOf(id, 2)(key)) child.kill('SIGKILL')
        })
      },
    })
    stopListening()
    expect(killed.signal).toBe('SIGKILL')
    expect((await batchStates(id))[2]).toBe('submitting')

    // A day passes: Resend forgets the keys, and batch 2's first attempt is 25 h old.
    bed.fake.forgetIdempotencyKeys()
    const uncertain = (
      await payload.find({
        collection: 'newsletter-batches',
        where: { and: [{ newsletter: { equals: id } }, { index: { equals: 2 } }] },
      })
    ).docs[0]
    await payload.update({
      collection: 'newsletter-batches',
      id: uncertain.id,
      data: { firstAttemptAt: new Date(Date.now() - 25 * 3600_000).toISOString() },
    })

    const resumed = await runSender({ issue: id, allowFailed: true })
    expect(resumed.code).toBe(1)
    expect(resumed.lines.join('\n')).toMatch(/batch 2: 100 emails may have been sent longer ago/)
    expect(await batchStates(id)).toEqual([
      'submitted',
      'submitted',
      'uncertain',
      'submitted',
      'submitted',
    ])
    // Nobody got batch 2 twice: it was held back, not sent again.
    expect(outboxCheck(id, emails)).toEqual({ duplicates: 0, missed: 0 })
    const failed = await issueOf(id)
    expect(failed.status).toBe('failed')
    expect(failed.report?.lastError).toMatch(/decide in the admin/)
    const progress = await (await admin('/progress')).json()
    expect(progress.recipients).toMatchObject({ uncertain: 100 })

    // The editor sees batch 2 in the outbox and counts it as sent; the send finishes.
    const decided = await admin('/uncertain', {
      method: 'POST',
      body: JSON.stringify({ decision: 'sent' }),
    })
    expect(decided.status).toBe(200)
    const sent = async () => (await issueOf(id)).status === 'sent'
    await runWorker({ stopWhen: sent })
    expect(outboxCheck(id, emails)).toEqual({ duplicates: 0, missed: 0 })
    expect(await batchStates(id)).toEqual(Array(5).fill('submitted'))
  }, 600_000)
})

describe('an address Resend refuses (422 for its whole batch)', () => {
  it('suppresses that address and sends the other 99 under a new key: 0 missed', async () => {
    // An address from before validation was strict: Resend refuses it (no dot in the domain).
    const bad = await payload.create({
      collection: 'subscribers',
      data: { email: 'placeholder@example.no', status: 'confirmed', locale: 'nn' },
      depth: 0,
    })
    await payload.db.updateOne({
      collection: 'subscribers',
      id: bad.id,
      data: { email: 'ola.nordmann@vinje' },
    })
    const id = await newIssue('Avvist adresse')
    const run = await runSender({ issue: id })
    expect(run.lines.join('\n')).toMatch(/Resend refused ola\.nordmann@vinje .*sending the rest/)
    expect(run.lines.join('\n')).toContain('Done: sent')
    expect(outboxCheck(id, emails)).toEqual({ duplicates: 0, missed: 0 })

    const suppressed = await payload.findByID({ collection: 'subscribers', id: bad.id })
    expect(suppressed.status).toBe('bounced')
    expect(suppressed.consentLog?.at(-1)).toMatchObject({
      action: 'refused',
      via: 'resend-refused',
    })
    const batch = (
      await payload.find({
        collection: 'newsletter-batches',
        where: { newsletter: { equals: id } },
        sort: '-index',
        limit: 1,
      })
    ).docs[0]
    expect(batch.refused).toEqual([
      expect.objectContaining({
        email: 'ola.nordmann@vinje',
        reason: expect.stringMatching(/422/),
      }),
    ])
    expect(batch.idempotencyKey).toMatch(/-batch-4-cut1$/)
    expect((await issueOf(id)).status).toBe('sent')
  }, 600_000)
})
