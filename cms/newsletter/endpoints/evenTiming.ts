/**
 * Answers that do less work (nothing to email) wait as long as those that send a confirmation,
 * so the signup form's answer time does not tell whether an address is subscribed already.
 * The wait follows the recent sending times (their median), as the provider speeds up or slows.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function evenTiming({ initialMs = 150, samples = 9 } = {}) {
  const recent: number[] = []
  const typical = () => {
    if (!recent.length) return initialMs
    const sorted = [...recent].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
  }
  return {
    /** How long a request that did send took, from its start. */
    sent(startedAt: number) {
      recent.push(performance.now() - startedAt)
      if (recent.length > samples) recent.shift()
    },
    /** Waits until a request that sent nothing has taken as long as a typical one that did. */
    async padded(startedAt: number) {
      const wait = typical() - (performance.now() - startedAt)
      if (wait > 0) await sleep(wait)
    },
  }
}
