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
  }
}

export function newBuildDir(dataDir: string): string {
  const { builds } = siteDirs(dataDir)
  fs.mkdirSync(builds, { recursive: true })
  // Named by time, so they sort oldest first; a count keeps two made in one millisecond apart
  // (a publish and a search index).
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  for (let n = 0; ; n++) {
    const dir = path.join(builds, n ? `${stamp}-${n}` : stamp)
    try {
      fs.mkdirSync(dir)
      return dir
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
  }
}

export function makeLive(dataDir: string, buildDir: string) {
  const { live, base } = siteDirs(dataDir)
  const tmp = path.join(base, `.live-${process.pid}-${Date.now()}`)
  fs.symlinkSync(buildDir, tmp)
  fs.renameSync(tmp, live)
}

export function liveDir(dataDir: string): string | null {
  try {
    return fs.realpathSync(siteDirs(dataDir).live)
  } catch {
    return null
  }
}

/**
 * Keeps the live build and the newest few, so disk use stays flat. Removed without blocking: the
 * site server runs in the publisher's process, and a build of 10,000 pages with its compressed
 * copies is some 35,000 files (a synchronous removal held every request for seconds).
 */
export async function pruneBuilds(dataDir: string, keep = 3): Promise<void> {
  const { builds } = siteDirs(dataDir)
  const current = liveDir(dataDir)
  const all = fs
    .readdirSync(builds)
    .sort()
    .map((d) => path.join(builds, d))
  for (const dir of all.slice(0, Math.max(0, all.length - keep)))
    if (dir !== current) await fs.promises.rm(dir, { recursive: true, force: true })
}
