/** Debian's Chromium through playwright-core (Playwright's own browser download does not work here). */
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-sync',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

/**
 * Waits until React has taken over the element `selector` finds (hydration). Until then the page
 * is as the server drew it: a click does nothing and typed text may be lost, and on a loaded
 * machine that moment can come well after the page's load event. React marks each element it
 * hydrated with its props (`__reactProps$…`).
 */
export async function whenHydrated(page: Page, selector: string, timeout = 60_000) {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel)
      return Boolean(el) && Object.keys(el!).some((key) => key.startsWith('__reactProps$'))
    },
    selector,
    { timeout, polling: 100 },
  )
}
