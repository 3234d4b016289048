/**
 * The search index (Pagefind) after a publish. Pagefind reads every page and its Node API cannot
 * remove one, so indexing takes seconds that grow with the site (4 s at 10,000 articles). A publish
 * does not wait for it: the new build goes live with the last build's index (its files linked, not
 * copied), and the index is made afresh beside it. When it is ready, a copy of the live build with
 * the new index (hard links again: no page is written twice) is swapped live the same atomic way.
 * If another publish went live meanwhile, this index is dropped: that publish indexes its own.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { precompress } from './precompress'

const REPO_ROOT = path.resolve(import.meta.dirname, '../..')
export const SEARCH_DIR = 'pagefind'

/**
 * Hard-links a folder's files into another (made as needed); `skip` leaves out a top folder. The
 * folders first, then the links a few dozen at a time: one at a time, a 10,000-page build's
 * 35,000 files took seconds.
 */
export async function linkTree(from: string, to: string, skip?: string): Promise<number> {
  const files: string[] = []
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(from, path.join(entry.parentPath, entry.name))
    if (skip && (rel === skip || rel.startsWith(skip + path.sep))) continue
    if (entry.isDirectory()) fs.mkdirSync(path.join(to, rel), { recursive: true })
    else if (entry.isFile()) files.push(rel)
  }
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const rel = files[next++]
      await fs.promises.link(path.join(from, rel), path.join(to, rel))
    }
  }
  await Promise.all(Array.from({ length: 32 }, worker))
  return files.length
}

/** The last build's index in a new build, so search works (one publish behind) from the start. */
export async function reuseSearchIndex(previousDir: string, outDir: string): Promise<boolean> {
  const previous = path.join(previousDir, SEARCH_DIR)
  if (!fs.existsSync(path.join(previous, 'pagefind.js'))) return false
  await linkTree(previous, path.join(outDir, SEARCH_DIR))
  return true
}

/** Pagefind over a build's pages, writing its index to `outputPath`; its output on failure. */
export function runPagefind(
  siteDir: string,
  outputPath = path.join(siteDir, SEARCH_DIR),
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(REPO_ROOT, 'node_modules/.bin/pagefind'),
      ['--site', siteDir, '--output-path', outputPath, '--silent'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

/**
 * Makes a copy of `indexed` (a build that is or was live) with a fresh search index in `nextDir`,
 * compressed like the rest. Returns false when Pagefind failed (the copy is removed).
 */
export async function buildWithFreshIndex(indexed: string, nextDir: string): Promise<boolean> {
  await linkTree(indexed, nextDir, SEARCH_DIR)
  const result = await runPagefind(nextDir)
  if (result.code !== 0) {
    fs.rmSync(nextDir, { recursive: true, force: true })
    throw new Error(`Pagefind failed: ${result.output.slice(-2000)}`)
  }
  await precompress(path.join(nextDir, SEARCH_DIR), {
    previous: path.join(indexed, SEARCH_DIR),
  })
  return true
}
