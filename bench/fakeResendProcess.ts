/**
 * The fake Resend in a process of its own, for bench/newsletter.ts: as under `npm start`
 * (scripts/fake-resend.ts), so the bench measures the sender and not two servers sharing one
 * event loop. Run as a child (`fork` with IPC), it starts the fake with the rate limit in
 * BENCH_FAKE_RESEND_OPTIONS and answers the parent's messages: `report` (the requests, and for
 * each accepted email its recipients and tags: no bodies) and `close`.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { type FakeResendOptions, type RequestRecord, startFakeResend } from '../emails/fake-resend'

export interface FakeResendReport {
  requests: RequestRecord[]
  messages: { to: string[]; tags: { name: string; value: string }[] }[]
  /** CPU the fake's process used since it started (ms). */
  cpuMs: number
  /** Its `performance.timeOrigin`, to put `arrivedAt` on the parent's clock. */
  timeOrigin: number
}

export interface FakeResendProcess {
  url: string
  pid: number
  report: () => Promise<FakeResendReport>
  close: () => Promise<void>
}

type Message = { type: 'listening'; url: string } | { type: 'report'; report: FakeResendReport }

export async function startFakeResendProcess(opts: FakeResendOptions): Promise<FakeResendProcess> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_FAKE_RESEND_OPTIONS: JSON.stringify(opts) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const next = <T extends Message['type']>(type: T) =>
    new Promise<Extract<Message, { type: T }>>((resolve, reject) => {
      const onMessage = (m: Message) => {
        if (m.type !== type) return
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(m as Extract<Message, { type: T }>)
      }
      const onExit = (code: number | null) =>
        reject(new Error(`The fake Resend's process ended (exit ${code}) before answering`))
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  const { url } = await next('listening')
  return {
    url,
    pid: child.pid!,
    async report() {
      const answer = next('report')
      child.send({ type: 'report' })
      return (await answer).report
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.send({ type: 'close' })
      }),
  }
}

async function runChild() {
  const opts = JSON.parse(process.env.BENCH_FAKE_RESEND_OPTIONS ?? '{}') as FakeResendOptions
  const fake = await startFakeResend(opts)
  const cpu = process.cpuUsage()
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'report') {
      const used = process.cpuUsage(cpu)
      const report: FakeResendReport = {
        requests: fake.requests,
        messages: fake.messages.map((x) => ({ to: x.to, tags: x.tags })),
        cpuMs: (used.user + used.system) / 1000,
        timeOrigin: performance.timeOrigin,
      }
      process.send!({ type: 'report', report })
    } else if (m.type === 'close') {
      await fake.close()
      process.exit(0)
    }
  })
  // Without its parent (killed), there is nobody to answer.
  process.on('disconnect', () => process.exit(0))
  process.send!({ type: 'listening', url: fake.url })
}

if (process.env.BENCH_FAKE_RESEND_OPTIONS && process.send) await runChild()
