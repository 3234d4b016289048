/**
 * A background task run every `intervalMs`, never twice at once: a pass that is still running
 * when the next tick comes is waited for, not started again. `tick()` runs a pass now (tests).
 * With `maxPassMs`, a pass that has not settled by then is reported as an error and no longer
 * waited for, so one hung pass cannot stop the loop for good (the jobs worker: a send must not
 * wait behind a stuck job).
 */
export interface Loop {
  tick: () => Promise<void>
  stop: () => Promise<void>
}

export class PassTimeoutError extends Error {
  constructor(ms: number) {
    super(`A pass has run for ${ms / 1000} s without finishing: no longer waiting for it`)
    this.name = 'PassTimeoutError'
  }
}

function withinTime(pass: Promise<void>, ms: number | undefined): Promise<void> {
  if (!ms) return pass
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new PassTimeoutError(ms)), ms)
  })
  return Promise.race([pass, late]).finally(() => clearTimeout(timer))
}

export function startLoop(
  pass: () => Promise<void>,
  intervalMs: number,
  onError: (err: unknown) => void,
  opts: { maxPassMs?: number } = {},
): Loop {
  let running: Promise<void> | undefined
  let stopped = false
  const tick = () =>
    (running ??= withinTime(pass(), opts.maxPassMs)
      .catch(onError)
      .finally(() => (running = undefined)))
  const timer = setInterval(() => {
    if (!stopped) void tick()
  }, intervalMs)
  return {
    tick,
    stop: async () => {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
