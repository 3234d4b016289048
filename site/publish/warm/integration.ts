/**
 * The warm renderer's hook into Astro (renderer.ts says what it does): in a
 * build started by `startRenderer` (SITE_RENDERER=1, with an IPC channel to the publisher), it
 * keeps Astro's prerenderer after the full build and stays alive to render publishes
 * (renderer.ts). In any other build it only makes sure Astro writes its bundle into a folder of its
 * own, not into a renderer's.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro'

import {
  isRendererProcess,
  keepPrerenderer,
  rememberConfig,
  serveRenderer,
  unlinkKeptBundle,
} from './renderer'

export function warmRenderer(): AstroIntegration {
  return {
    name: 'naeringshub:warm-renderer',
    hooks: {
      'astro:config:done': async ({ config }) => {
        await unlinkKeptBundle(config)
        if (isRendererProcess()) rememberConfig(config)
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!isRendererProcess()) return
        setPrerenderer((astroDefault: AstroPrerenderer) => keepPrerenderer(astroDefault))
      },
      'astro:build:done': async () => {
        if (!isRendererProcess()) return
        // Resolves only when the publisher lets the renderer go: the process lives on here.
        await serveRenderer()
      },
    },
  }
}
