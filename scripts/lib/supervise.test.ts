import { afterEach, describe, expect, it } from 'vitest'

import { supervise, type Supervisor } from './supervise'

const node = process.execPath
const waitFor = async (check: () => boolean, ms = 10_000) => {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

let running: Supervisor | undefined
afterEach(() => running?.stop())

describe('the supervisor of npm start', () => {
  it('restarts a part that dies, logs it, and leaves the others running', async () => {
    const lines: string[] = []
    running = supervise(
      [
        {
          name: 'site',
          command: node,
          args: ['-e', 'console.log("up"); setTimeout(() => process.exit(3), 200)'],
        },
        {
          name: 'worker',
          command: node,
          args: ['-e', 'console.log("working"); setInterval(() => {}, 1000)'],
        },
      ],
      { log: (l) => lines.push(l), minDelayMs: 50, maxDelayMs: 100 },
    )
    await waitFor(() => running!.starts('site') >= 3)
    const workerPid = running.pid('worker')
    expect(workerPid).toBeDefined()
    expect(running.starts('worker')).toBe(1)
    expect(lines).toContain('[site] up')
    expect(lines).toContain('[worker] working')
    expect(lines.some((l) => /^\[site\] stopped \(exit 3\); restarting in/.test(l))).toBe(true)
    expect(() => process.kill(workerPid!, 0)).not.toThrow()
  })

  it('restarts a part killed by a signal; a clean exit 0 is left alone', async () => {
    const lines: string[] = []
    running = supervise(
      [
        { name: 'admin', command: node, args: ['-e', 'setInterval(() => {}, 1000)'] },
        { name: 'resend', command: node, args: ['-e', 'process.exit(0)'] },
      ],
      { log: (l) => lines.push(l), minDelayMs: 50 },
    )
    await waitFor(() => running!.pid('admin') !== undefined)
    process.kill(running.pid('admin')!, 'SIGKILL')
    await waitFor(() => running!.starts('admin') === 2 && running!.pid('admin') !== undefined)
    expect(lines.some((l) => l.startsWith('[admin] stopped (SIGKILL)'))).toBe(true)
    await waitFor(() => lines.includes('[resend] finished'))
    expect(running.starts('resend')).toBe(1)
  })

  it('stops every part', async () => {
    running = supervise([{ name: 'a', command: node, args: ['-e', 'setInterval(() => {}, 1000)'] }])
    await waitFor(() => running!.pid('a') !== undefined)
    const pid = running.pid('a')!
    await running.stop()
    expect(() => process.kill(pid, 0)).toThrow()
  })
})
