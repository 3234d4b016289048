/**
 * The publisher's side of the warm renderer (renderer.ts): starts `astro build` as a child with an
 * IPC channel, waits for its full build, then sends it publishes one at a time. A renderer that
 * fails or exits is not used again; the publisher starts a new one with a full build.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { FromRenderer, ToRenderer } from './protocol'

const require = createRequire(import.meta.url)
const astroBin = path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs')

export type Published = Extract<FromRenderer, { type: 'published' }>

export class RendererFailed extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
    this.name = 'RendererFailed'
  }
}

export interface Renderer {
  /** False once it failed, exited or was stopped. */
  readonly alive: boolean
  publish: (req: {
    live: string
    dir: string
    linked: boolean
    report: string
  }) => Promise<Published>
  stop: () => Promise<void>
}

/** How the first (full) build ended: with a renderer ready for publishes, or its exit code. */
export interface RendererStart {
  code: number | null
  output: string
  renderer?: Renderer
}

/** How much of the renderer's output is kept after its full build (for logs and failures). */
const TAIL_CHARS = 20_000
// A publish renders a few pages; minutes mean it is stuck, and a full build takes over.
const PUBLISH_TIMEOUT_MS = 5 * 60_000

export function startRenderer(cwd: string, env: NodeJS.ProcessEnv): Promise<RendererStart> {
  const child = spawn(process.execPath, [astroBin, 'build', '--root', cwd], {
    cwd,
    env: { ...env, SITE_RENDERER: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  // The full build's output is kept whole; afterwards only its last lines, for a failure's log.
  let keepOutput = true
  const printed = { tail: '', total: 0 }
  const onOutput = (d: Buffer) => {
    if (keepOutput) return void (output += d)
    const text = d.toString()
    printed.tail = (printed.tail + text).slice(-TAIL_CHARS)
    printed.total += text.length
  }
  child.stdout!.on('data', onOutput)
  child.stderr!.on('data', onOutput)
  let exited = false
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exited = true
      resolve(code)
    }),
  )

  return new Promise<RendererStart>((resolve, reject) => {
    child.on('error', reject)
    child.on('message', function onFirst(msg: FromRenderer) {
      if (msg.type !== 'built') return
      child.off('message', onFirst)
      keepOutput = false
      resolve({
        code: 0,
        output,
        renderer: rendererOf(child, exit, () => exited, printed),
      })
    })
    void exit.then((code) => resolve({ code: code ?? 1, output }))
  })
}

function rendererOf(
  child: ChildProcess,
  exit: Promise<number | null>,
  hasExited: () => boolean,
  printed: { tail: string; total: number },
): Renderer {
  let failed = false
  let nextId = 1
  const waiting = new Map<number, (msg: FromRenderer) => void>()
  // What the renderer printed during a publish (Astro's content log: changes, withheld documents).
  let mark = 0
  const printedSince = (at: number) =>
    printed.total === at ? '' : printed.tail.slice(-Math.min(printed.total - at, TAIL_CHARS))
  child.on('message', (msg: FromRenderer) => {
    if (msg.type === 'published' || msg.type === 'failed') waiting.get(msg.id)?.(msg)
  })
  void exit.then((code) => {
    for (const answer of waiting.values())
      answer({ type: 'failed', id: 0, error: `The renderer exited (${code})`, log: printed.tail })
  })

  const renderer: Renderer = {
    get alive() {
      return !failed && !hasExited() && child.connected
    },
    publish(req) {
      if (!renderer.alive)
        return Promise.reject(new RendererFailed('The renderer is not running', ''))
      const id = nextId++
      mark = printed.total
      return new Promise<Published>((resolve, reject) => {
        const timer = setTimeout(() => {
          failed = true
          waiting.delete(id)
          reject(
            new RendererFailed(`The renderer did not answer in ${PUBLISH_TIMEOUT_MS / 1000} s`, ''),
          )
        }, PUBLISH_TIMEOUT_MS)
        waiting.set(id, (msg) => {
          clearTimeout(timer)
          waiting.delete(id)
          const during = printedSince(mark)
          if (msg.type === 'published') return resolve({ ...msg, log: during + msg.log })
          failed = true
          const error = msg.type === 'failed' ? msg.error : 'unexpected answer'
          reject(
            new RendererFailed(
              `The renderer failed: ${error}`,
              msg.type === 'failed' ? msg.log : '',
            ),
          )
        })
        const message: ToRenderer = { type: 'publish', id, ...req }
        child.send(message, (err) => {
          if (err) waiting.get(id)?.({ type: 'failed', id, error: err.message, log: '' })
        })
      })
    },
    async stop() {
      failed = true
      if (hasExited()) return
      if (child.connected) child.send({ type: 'shutdown' } satisfies ToRenderer, () => {})
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exit
      clearTimeout(timer)
    },
  }
  return renderer
}
