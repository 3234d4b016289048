/**
 * Brotli and gzip copies of every text file of a build, made once at build time, so the server
 * (ours, or Caddy's `precompressed`) sends compressed files without compressing per request.
 */
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|ics|wasm|webmanifest)$/
const MIN_BYTES = 1024
const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export interface PrecompressOptions {
  concurrency?: number
  /** A top-level folder left out (the pages are compressed while Pagefind still writes its own). */
  skip?: string
  /**
   * The build being replaced (the live one): a file whose bytes are unchanged gets that build's
   * compressed copies by hard link instead of being compressed again, so a publish compresses only
   * what changed.
   */
  previous?: string | null
}

const COPIES = ['.br', '.gz'] as const

async function sameBytes(file: string, data: Buffer): Promise<boolean> {
  try {
    return (await fs.promises.readFile(file)).equals(data)
  } catch {
    return false
  }
}

/** Links the previous build's copies when the file is unchanged; false if there is nothing to link. */
async function linkPrevious(
  previousFile: string,
  file: string,
  data: Buffer,
): Promise<number | null> {
  if (!(await sameBytes(previousFile, data))) return null
  // Only when every copy the previous build has can be linked; otherwise compress anew.
  const present = COPIES.filter((ext) => fs.existsSync(previousFile + ext))
  try {
    for (const ext of present) await fs.promises.link(previousFile + ext, file + ext)
  } catch {
    for (const ext of present) await fs.promises.rm(file + ext, { force: true })
    return null
  }
  return present.length
}

async function compressFile(file: string, previousFile: string | null): Promise<number> {
  const data = await fs.promises.readFile(file)
  if (data.length < MIN_BYTES) return 0
  if (previousFile) {
    const linked = await linkPrevious(previousFile, file, data)
    if (linked !== null) return linked
  }
  const [br, gz] = await Promise.all([
    // Quality 6: on the seeded site's 148 pages (2.2 MB) it takes 158 ms for 29.3 % of the size;
    // 9 gives the same size in 2.8 s, 11 gives 26.7 % in 4.0 s (x 70 at 10,000 pages).
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzip(data, { level: 9 }),
  ])
  let written = 0
  for (const [ext, out] of [
    ['.br', br],
    ['.gz', gz],
  ] as const)
    if (out.length < data.length) {
      await fs.promises.writeFile(file + ext, out)
      written++
    }
  return written
}

/** Returns how many compressed copies the build folder got (written or linked). */
export async function precompress(dir: string, opts: PrecompressOptions = {}): Promise<number> {
  const { concurrency = 4, skip, previous } = opts
  const skipped = skip ? path.join(dir, skip) + path.sep : null
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !skipped || !f.startsWith(skipped))
  let next = 0
  let written = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]
      const previousFile = previous ? path.join(previous, path.relative(dir, file)) : null
      const copies = await compressFile(file, previousFile)
      written += copies
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return written
}

/**
 * Compressed copies of the given files of a build (relative paths) and no others: a warm publish
 * wrote only these. Their old copies are removed first; they are links into the live build.
 */
export async function precompressFiles(dir: string, files: string[], concurrency = 4) {
  const todo = files.filter((f) => COMPRESSIBLE.test(f)).map((f) => path.join(dir, f))
  let next = 0
  let written = 0
  const worker = async () => {
    while (next < todo.length) {
      const file = todo[next++]
      for (const ext of COPIES) await fs.promises.rm(file + ext, { force: true })
      written += await compressFile(file, null)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return written
}
