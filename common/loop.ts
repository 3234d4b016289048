/**
 * A background task run every `intervalMs`, never twice at once: a pass that is still running
 * when the next tick comes is waited for, not started again. `tick()` runs a pass now (tests).
 */
export interface Loop {
  tick: () => Promise<void>
  stop: () => Promise<void>
}

export function startLoop(
  pass: () => Promise<void>,
  intervalMs: number,
  onError: (err: unknown) => void,
): Loop {
  let running: Promise<void> | undefined
  let stopped = false
  const tick = () =>
    (running ??= pass()
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
