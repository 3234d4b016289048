/**
 * The served site is a symlink `live` to one finished build. A new build goes into a fresh folder
 * and the link is replaced by rename (atomic), so readers never see a half-written site and a
 * failed build leaves the old one in place.
 */
import fs from 'node:fs'
import path from 'node:path'

export const siteDirs = (dataDir: string) => {
  const base = path.join(dataDir, 'site')
  return {
    base,
    builds: path.join(base, 'builds'),
    live: path.join(base, 'live'),
    cache: path.join(base, 'cache'),
    /** Search indexes (Pagefind), one folder each, beside the builds (search.ts). */
    searches: path.join(base, 'search'),
    /** The live search index: a symlink swapped like `live`; each build's `pagefind` points here. */
    searchLive: path.join(base, 'search-live'),
  }
}

/** A new folder, named by time (so names sort oldest first), under `parent`. */
function newStampedDir(parent: string): string {
  fs.mkdirSync(parent, { recursive: true })
  // A count keeps two made in one millisecond apart.
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  for (let n = 0; ; n++) {
    const dir = path.join(parent, n ? `${stamp}-${n}` : stamp)
    try {
      fs.mkdirSync(dir)
      return dir
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
}

/** Replaces a symlink atomically (a new link renamed over the old one). */
function swapLink(link: string, target: string) {
  const tmp = path.join(path.dirname(link), `.${path.basename(link)}-${process.pid}-${Date.now()}`)
  fs.symlinkSync(target, tmp)
  fs.renameSync(tmp, link)
}

export const newBuildDir = (dataDir: string) => newStampedDir(siteDirs(dataDir).builds)
export const newSearchDir = (dataDir: string) => newStampedDir(siteDirs(dataDir).searches)

export const makeLive = (dataDir: string, buildDir: string) =>
  swapLink(siteDirs(dataDir).live, buildDir)

export const makeSearchLive = (dataDir: string, searchDir: string) =>
  swapLink(siteDirs(dataDir).searchLive, searchDir)

function realOrNull(link: string): string | null {
  try {
    return fs.realpathSync(link)
  } catch {
    return null
  }
}

export const liveDir = (dataDir: string) => realOrNull(siteDirs(dataDir).live)
export const liveSearchDir = (dataDir: string) => realOrNull(siteDirs(dataDir).searchLive)

/**
 * A build's search index is the live one: its `pagefind` is a relative symlink to `search-live`,
 * so a fresh index goes live for every build at once without copying a build (search.ts). Caddy
 * follows the link; our server too (server.ts).
 */
export function linkSearch(dataDir: string, buildDir: string) {
  const link = path.join(buildDir, 'pagefind')
  fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(path.relative(buildDir, siteDirs(dataDir).searchLive), link)
}

/**
 * Keeps the live build and the newest few, so disk use stays flat. Removed without blocking: the
 * site server runs in the publisher's process, and a build of 10,000 pages with its compressed
 * copies is some 35,000 files (a synchronous removal held every request for seconds).
 */
export const pruneBuilds = (dataDir: string, keep = 3, inUse: string[] = []) =>
  pruneOldest(siteDirs(dataDir).builds, keep, [liveDir(dataDir), ...inUse])

/** Keeps the live search index and the newest few. */
export const pruneSearches = (dataDir: string, keep = 2) =>
  pruneOldest(siteDirs(dataDir).searches, keep, [liveSearchDir(dataDir)])

/** Removes the oldest folders (named by time) of `parent` but the newest `keep` and `kept`. */
async function pruneOldest(parent: string, keep: number, kept: (string | null)[]) {
  if (!fs.existsSync(parent)) return
  const all = fs
    .readdirSync(parent)
    .sort()
    .map((d) => path.join(parent, d))
  for (const dir of all.slice(0, Math.max(0, all.length - keep)))
    if (!kept.includes(dir)) await fs.promises.rm(dir, { recursive: true, force: true })
}
