/**
 * Runs each part of `npm start` in its own child process and restarts a part that dies (any end
 * but a clean exit 0) after a growing pause (1 s, doubling to 30 s, back to 1 s once it has run a
 * minute), while the others go on. Every line a part prints carries its name; every stop and
 * restart is logged.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import readline from 'node:readline'

export interface Part {
  name: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
}

export interface Supervisor {
  /** How often each part was (re)started. */
  starts: (name: string) => number
  pid: (name: string) => number | undefined
  stop: () => Promise<void>
  /** Signals every part at once, synchronously: for the supervisor's own 'exit'. */
  kill: () => void
}

export interface SuperviseOptions {
  log?: (line: string) => void
  minDelayMs?: number
  maxDelayMs?: number
  /** A part that ran this long is healthy again: its next restart waits the shortest time. */
  healthyAfterMs?: number
  stopTimeoutMs?: number
}

export function supervise(parts: Part[], opts: SuperviseOptions = {}): Supervisor {
  const log = opts.log ?? ((line) => console.log(line))
  const minDelay = opts.minDelayMs ?? 1000
  const maxDelay = opts.maxDelayMs ?? 30_000
  const healthyAfter = opts.healthyAfterMs ?? 60_000
  const stopTimeout = opts.stopTimeoutMs ?? 10_000
  let stopping = false
  const state = new Map<
    string,
    { child?: ChildProcess; starts: number; delay: number; timer?: NodeJS.Timeout }
  >()

  const prefix = (name: string, stream: NodeJS.ReadableStream | null, write: typeof log) => {
    if (!stream) return
    readline.createInterface({ input: stream }).on('line', (line) => write(`[${name}] ${line}`))
  }

  function start(part: Part) {
    const s = state.get(part.name)!
    s.starts++
    const startedAt = Date.now()
    const child = spawn(part.command, part.args, {
      env: part.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    s.child = child
    prefix(part.name, child.stdout, log)
    prefix(part.name, child.stderr, (line) => console.error(line))
    child.on('error', (err) => log(`[${part.name}] could not start: ${err.message}`))
    child.on('exit', (code, signal) => {
      s.child = undefined
      if (stopping) return
      if (code === 0) return log(`[${part.name}] finished`)
      if (Date.now() - startedAt >= healthyAfter) s.delay = minDelay
      log(
        `[${part.name}] stopped (${signal ?? `exit ${code}`}); restarting in ${(s.delay / 1000).toFixed(1)} s (the other parts go on)`,
      )
      s.timer = setTimeout(() => start(part), s.delay)
      s.delay = Math.min(maxDelay, s.delay * 2)
    })
  }

  for (const part of parts) {
    state.set(part.name, { starts: 0, delay: minDelay })
    start(part)
  }

  return {
    starts: (name) => state.get(name)?.starts ?? 0,
    pid: (name) => state.get(name)?.child?.pid,
    kill() {
      stopping = true
      for (const s of state.values()) {
        clearTimeout(s.timer)
        s.child?.kill('SIGTERM')
      }
    },
    async stop() {
      stopping = true
      await Promise.all(
        [...state.values()].map(async (s) => {
          clearTimeout(s.timer)
          const child = s.child
          if (!child || child.exitCode !== null) return
          const exited = new Promise((resolve) => child.once('exit', resolve))
          child.kill('SIGTERM')
          const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeout)
          await exited
          clearTimeout(timer)
        }),
      )
    },
  }
}
