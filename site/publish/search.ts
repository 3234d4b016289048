/**
 * The search index (Pagefind) after a publish. Pagefind reads every page and its Node API cannot
 * remove one, so indexing takes seconds that grow with the site (4 s at 10,000 articles). A publish
 * does not wait for it. The publisher's index lives beside the builds, not in one: each build's
 * `pagefind` is a symlink to `search-live` (live.ts), itself a symlink to one index folder. A
 * publish goes live with the index of the moment; a fresh one is made from the live build into a
 * new folder and swapped in by renaming `search-live`, for every build at once: no build is
 * copied for it. (A build made alone, `npm run build:site`, keeps its index inside.)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { indexBuild } from './fileIndex'
import { liveSearchDir, makeSearchLive, newSearchDir, pruneSearches } from './live'
import { precompress } from './precompress'

const REPO_ROOT = path.resolve(import.meta.dirname, '../..')
export const SEARCH_DIR = 'pagefind'

/**
 * Hard-links a folder's files into another (made as needed); `skip` leaves out a top folder; a
 * symlink (a build's link to the search index) is copied as a link, never followed. The folders
 * first, then the links a few dozen at a time: one at a time, a 10,000-page build's 35,000 files
 * took seconds. On a failure every link under way is finished before it throws, so the caller can
 * remove the folder.
 */
export async function linkTree(from: string, to: string, skip?: string): Promise<number> {
  const files: string[] = []
  fs.mkdirSync(to, { recursive: true })
  const folders = ['']
  while (folders.length) {
    const folder = folders.pop()!
    for (const entry of fs.readdirSync(path.join(from, folder), { withFileTypes: true })) {
      const rel = path.join(folder, entry.name)
      if (skip && rel === skip) continue
      if (entry.isDirectory()) {
        fs.mkdirSync(path.join(to, rel), { recursive: true })
        folders.push(rel)
      } else if (entry.isFile()) files.push(rel)
      else if (entry.isSymbolicLink())
        fs.symlinkSync(fs.readlinkSync(path.join(from, rel)), path.join(to, rel))
    }
  }
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const rel = files[next++]
      await fs.promises.link(path.join(from, rel), path.join(to, rel))
    }
  }
  const results = await Promise.allSettled(Array.from({ length: 32 }, worker))
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
  return files.length
}

/** Pagefind over a build's pages, writing its index to `outputPath`; its output on failure. */
export function runPagefind(
  siteDir: string,
  outputPath = path.join(siteDir, SEARCH_DIR),
  signal?: AbortSignal,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // In a process group of its own: the npm command starts Pagefind's binary as its child, and
    // stopping it must stop both.
    const child = spawn(
      path.join(REPO_ROOT, 'node_modules/.bin/pagefind'),
      ['--site', siteDir, '--output-path', outputPath, '--silent'],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    )
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
    signal?.addEventListener('abort', stop, { once: true })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      signal?.removeEventListener('abort', stop)
      // The binary may outlive the command that started it.
      stop()
      resolve({ code, output })
    })
  })
}

/**
 * A fresh index of a build (the live one) goes live for every build: made into a new folder,
 * compressed (unchanged files get the live index's copies by link), listed for the site server,
 * then swapped in. Throws with Pagefind's output when it fails, or when `signal` stops it (a newer
 * build went live, and the folder indexed is about to be reused: spare.ts); the live index stays.
 */
export async function renewSearch(
  dataDir: string,
  buildDir: string,
  signal?: AbortSignal,
): Promise<string> {
  const dir = newSearchDir(dataDir)
  try {
    const result = await runPagefind(buildDir, dir, signal)
    signal?.throwIfAborted()
    if (result.code !== 0) throw new Error(`Pagefind failed: ${result.output.slice(-2000)}`)
    await precompress(dir, { previous: liveSearchDir(dataDir) })
    signal?.throwIfAborted()
    await indexBuild(dir)
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true })
    throw err
  }
  makeSearchLive(dataDir, dir)
  await pruneSearches(dataDir)
  return dir
}
