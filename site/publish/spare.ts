/**
 * The next publish's folder, made ready while nobody waits. A warm publish (warm/renderer.ts)
 * needs a folder holding the live build's files, to write its few changed files over. Linking
 * every file of a 10,000-article build (some 35,000 files and 11,000 folders) takes seconds of
 * system time, so it is done here, after a build went live, not when an editor waits:
 *  - after a full build: a linked copy of it (linkTree);
 *  - after a warm publish: the build it replaced, brought level with the new one by the publish's
 *    own changes (a few dozen files), after a grace period for requests still reading it, and
 *    under a new name (the site server's table of its old name stays true for what it was).
 * A spare is used only by a publish from the build it copies; otherwise it is removed.
 */
import fs from 'node:fs'
import path from 'node:path'

import { forgetBuild } from './fileIndex'
import { newBuildDir } from './live'
import { linkTree } from './search'

/** How long a replaced build stays as it was, for requests that were reading it. */
export const RECYCLE_GRACE_MS = 250

export interface Changes {
  /** Files written (relative paths); their compressed copies follow them. */
  written: string[]
  removed: string[]
}

interface Spare {
  /** Its folder; changes when a recycled build gets its new name. */
  dir: string
  copyOf: string
  ready: Promise<boolean>
  /** Dropped before it was made: nothing more is done to it. */
  dropped?: boolean
}

const COPIES = ['', '.br', '.gz']
/** Written by every publish besides the renderer's files (buildInfo.ts). */
const ALWAYS_WRITTEN = ['.build.json']

async function relink(from: string, to: string, rel: string) {
  for (const ext of COPIES) {
    await fs.promises.rm(path.join(to, rel + ext), { force: true })
    try {
      await fs.promises.link(path.join(from, rel + ext), path.join(to, rel + ext))
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'ENOENT') throw err
      // No such copy in the new build, or the folder is new: made, then tried once more.
      if (!fs.existsSync(path.join(from, rel + ext))) continue
      await fs.promises.mkdir(path.dirname(path.join(to, rel)), { recursive: true })
      await fs.promises.link(path.join(from, rel + ext), path.join(to, rel + ext))
    }
  }
}

function removeFile(root: string, rel: string) {
  for (const ext of COPIES) fs.rmSync(path.join(root, rel + ext), { force: true })
  for (let dir = path.dirname(rel); dir && dir !== '.'; dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(path.join(root, dir))
    } catch {
      return
    }
  }
}

export class SpareFolder {
  #spare: Spare | null = null

  constructor(
    private readonly dataDir: string,
    private readonly logError: (msg: string, err: unknown) => void,
  ) {}

  /** Folders pruning must leave alone. */
  inUse(): string[] {
    return this.#spare ? [this.#spare.dir] : []
  }

  /** After a full build went live: a linked copy of it. */
  copy(live: string) {
    this.drop()
    const dir = newBuildDir(this.dataDir)
    const spare: Spare = { dir, copyOf: live, ready: Promise.resolve(false) }
    spare.ready = linkTree(live, dir).then(
      () => true,
      (err) => this.#failed(spare, err),
    )
    this.#spare = spare
  }

  /**
   * After a warm publish went live: the build it replaced, brought level with it, once `released`
   * (nothing else reads it: the search index of it was stopped) and the grace period are over.
   */
  recycle(replaced: string, live: string, changes: Changes, released?: Promise<unknown>) {
    this.drop()
    const spare: Spare = { dir: replaced, copyOf: live, ready: Promise.resolve(false) }
    spare.ready = (async () => {
      await Promise.all([new Promise((r) => setTimeout(r, RECYCLE_GRACE_MS)), released])
      if (spare.dropped) return false
      // A new name first: no table or request of the old one meets a changed folder.
      const renamed = newBuildDir(this.dataDir)
      fs.renameSync(replaced, renamed)
      forgetBuild(replaced)
      spare.dir = renamed
      for (const rel of changes.removed) removeFile(renamed, rel)
      for (const rel of [...changes.written, ...ALWAYS_WRITTEN]) await relink(live, renamed, rel)
      return true
    })().catch((err) => this.#failed(spare, err))
    this.#spare = spare
  }

  /** The spare for a publish from `live`, ready; null when there is none (the caller links). */
  async take(live: string): Promise<string | null> {
    const spare = this.#spare
    this.#spare = null
    if (!spare) return null
    const ready = await spare.ready
    if (ready && spare.copyOf === live) return spare.dir
    await fs.promises.rm(spare.dir, { recursive: true, force: true })
    return null
  }

  /** Removes the spare (a full build is next, or the publisher stops). */
  drop() {
    const spare = this.#spare
    this.#spare = null
    if (spare) spare.dropped = true
    if (spare)
      void spare.ready.then(() => fs.promises.rm(spare.dir, { recursive: true, force: true }))
  }

  /** Resolves when the spare being made is done (for stopping cleanly). */
  async settled() {
    await this.#spare?.ready
  }

  #failed(spare: Spare, err: unknown): false {
    this.logError('Preparing the next build folder failed; the next publish links its own', err)
    if (this.#spare === spare) this.#spare = null
    fs.rmSync(spare.dir, { recursive: true, force: true })
    return false
  }
}
