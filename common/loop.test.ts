import { describe, expect, it } from 'vitest'

import { PassTimeoutError, startLoop } from './loop'

describe('a background loop', () => {
  it('never runs two passes at once', async () => {
    let running = 0
    let most = 0
    const loop = startLoop(
      async () => {
        most = Math.max(most, ++running)
        await new Promise((r) => setTimeout(r, 30))
        running--
      },
      5,
      () => {},
    )
    await new Promise((r) => setTimeout(r, 120))
    await loop.stop()
    expect(most).toBe(1)
  })

  it('stops waiting for a pass that hangs, says so, and goes on with the next', async () => {
    const errors: unknown[] = []
    let passes = 0
    const loop = startLoop(
      () => {
        passes++
        // The first pass never settles; later ones do.
        return passes === 1 ? new Promise<void>(() => {}) : Promise.resolve()
      },
      10,
      (err) => errors.push(err),
      { maxPassMs: 40 },
    )
    await new Promise((r) => setTimeout(r, 150))
    await loop.stop()
    expect(errors[0]).toBeInstanceOf(PassTimeoutError)
    expect(passes).toBeGreaterThan(2)
  })
})
