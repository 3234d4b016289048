/** What the publisher and the warm renderer say to each other over the renderer's IPC channel. */
/** Publisher → renderer. */
export type ToRenderer =
  | {
      type: 'publish'
      id: number
      /** The live build: its files are linked into `dir`, then what changed is written over them. */
      live: string
      /** The new build's folder: empty, or already holding the live build's files (`linked`). */
      dir: string
      linked: boolean
      /** Where the loaders write the withheld documents (buildReport.ts). */
      report: string
    }
  | { type: 'shutdown' }

/** Renderer → publisher. */
export type FromRenderer =
  | { type: 'built' }
  | {
      type: 'published'
      id: number
      /** Files written into the new build (pages, images), relative to it. */
      written: string[]
      /** Files of the live build that are gone from the new one (pages no longer shown). */
      removed: string[]
      pages: number
      log: string
    }
  | { type: 'failed'; id: number; error: string; log: string }
