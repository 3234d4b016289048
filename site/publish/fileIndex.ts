/**
 * The files of one build, listed once and kept in memory: the site server answers from this table
 * and never asks the disk what exists, so nothing outside the build can be reached (`..`, a
 * symlink, a dotfile: none is in the table).
 *
 * Why our own table and not a static server's: the site server shares its process with the
 * publisher, and a synchronous walk of a 10,000-article build (about 35,000 files with the
 * compressed copies) held every request for 1–2 s on each swap. This walk is asynchronous, and the
 * publisher makes the table before it swaps a build live (`indexBuild`), so the first request to the
 * new build finds it ready. A build folder never changes once made, so a table stays true for its
 * folder's life (a replaced build reused for the next publish is renamed first: spare.ts). A
 * build's search index is a symlink, so not in its table; the server follows it (server.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Request path ('/nyheiter/index.html') → the file's path relative to its build folder (the same in
 * every build, so a derived table is a copy of the Map, not 35,000 new strings).
 */
export type FileIndex = Map<string, string>

/** A file of a table, in its build folder. */
export const fileIn = (root: string, rel: string) => path.join(root, rel)

/**
 * The tables kept: the live build's and the next one's, with room for a build between them, and
 * the live search index's and the next one's (search.ts).
 */
const KEEP = 5
/** The longest the walk holds the process before it lets requests in (ms). */
const SLICE_MS = 4

/** Dotfiles and dot-folders are never served; `.well-known` is (RFC 8615), as with sirv. */
const hidden = (name: string) => name.startsWith('.') && name !== '.well-known'

/**
 * Folder by folder, synchronously (a directory read is a few microseconds; the same walk through
 * the thread pool took ten times as long on a loaded machine), giving way to waiting requests every
 * few milliseconds. Names and kinds come from the directory entries: no file is opened or stat-ed
 * (the server stats the one file it sends).
 */
async function listBuild(dir: string): Promise<FileIndex> {
  const index: FileIndex = new Map()
  const folders: { abs: string; rel: string; key: string }[] = [{ abs: dir, rel: '', key: '' }]
  let slice = performance.now()
  while (folders.length) {
    const folder = folders.pop()!
    for (const entry of fs.readdirSync(folder.abs, { withFileTypes: true })) {
      if (hidden(entry.name)) continue
      const rel = folder.rel ? `${folder.rel}${path.sep}${entry.name}` : entry.name
      const key = `${folder.key}/${entry.name.normalize()}`
      // A symlink (to a file or a folder) is an entry of its own kind, neither file nor folder.
      if (entry.isFile()) index.set(key, rel)
      else if (entry.isDirectory())
        folders.push({ abs: path.join(folder.abs, entry.name), rel, key })
    }
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      slice = performance.now()
    }
  }
  return index
}

const tables = new Map<string, Promise<FileIndex>>()

/**
 * The table of a build folder, made once (later calls share it). The publisher calls this before
 * the swap; the server when a request meets a folder it has no table for.
 */
export function indexBuild(dir: string): Promise<FileIndex> {
  const key = path.resolve(dir)
  let table = tables.get(key)
  if (!table) {
    table = listBuild(key)
    tables.set(key, table)
    table.catch(() => tables.delete(key))
    while (tables.size > KEEP) tables.delete(tables.keys().next().value!)
  }
  return table
}

/** Drops a folder's table (it was renamed away: spare.ts). */
export function forgetBuild(dir: string) {
  tables.delete(path.resolve(dir))
}

/** A build-relative path ('nyheiter/x/index.html') as a table key ('/nyheiter/x/index.html'). */
const keyOf = (rel: string) => `/${rel.split(path.sep).join('/').normalize()}`

/**
 * The table of a build made from another by a few changes (a warm publish, spare.ts): the other
 * build's table with those changes, instead of a walk of every folder (0.2 s at 10,000 articles).
 */
export async function indexDerived(
  dir: string,
  from: string,
  changes: { written: string[]; removed: string[] },
): Promise<FileIndex> {
  const root = path.resolve(dir)
  const table = (async () => {
    const index: FileIndex = new Map(await indexBuild(from))
    const copies = (rel: string) => ['', '.br', '.gz'].map((ext) => rel + ext)
    for (const rel of changes.removed.flatMap(copies)) index.delete(keyOf(rel))
    for (const rel of changes.written.flatMap(copies)) {
      if (rel.split(path.sep).some(hidden)) continue
      if (fs.existsSync(path.join(root, rel))) index.set(keyOf(rel), rel)
      else index.delete(keyOf(rel))
    }
    return index
  })()
  tables.set(root, table)
  table.catch(() => tables.delete(root))
  while (tables.size > KEEP) tables.delete(tables.keys().next().value!)
  return table
}
