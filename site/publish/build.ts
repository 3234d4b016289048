/**
 * One build of the public site into a given folder: Astro (pages from the CMS), then Pagefind
 * (the search index). Output and errors are captured so a failed build can be shown in the admin.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { writeBuildInfo } from './buildInfo'
import type { BuildReport, WithheldDocument } from '../src/loaders/buildReport'
import { withBuildLock } from './lock'
import { precompress, precompressFiles } from './precompress'
import { linkSearch, liveSearchDir } from './live'
import { renewSearch, runPagefind, SEARCH_DIR } from './search'
import { type Renderer, RendererFailed, startRenderer } from './warm/process'

export const SITE_ROOT = path.resolve(import.meta.dirname, '..')
const REPO_ROOT = path.resolve(SITE_ROOT, '..')
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules/.bin', name)

export interface BuildOptions {
  outDir: string
  cmsUrl: string
  siteUrl: string
  /** Where Astro keeps its content store between builds; one per CMS database. */
  cacheDir: string
  publicCmsUrl?: string
  /** The build this one replaces: its compressed copies of unchanged files are reused. */
  previousDir?: string | null
  /**
   * The publisher's data folder: the build's search index is the shared live one there (search.ts),
   * and the caller makes a fresh one after the build went live. Without a live index yet, one is
   * made now. Without this option the index is made inside the build.
   */
  sharedSearch?: string
  /**
   * Keep Astro's process after the build as the warm renderer (warm/renderer.ts), returned as
   * `renderer`; later publishes go to `publishWarm` and render only what changed.
   */
  keepRenderer?: boolean
}

export type { WithheldDocument }

export interface BuildResult {
  pages: number
  durationMs: number
  log: string
  /** Documents left out of this build; everything else went live. */
  withheld: WithheldDocument[]
  /** The build carries the previous build's search index; a fresh one is still to be made. */
  searchPending: boolean
  /** With `keepRenderer`: the renderer, ready for publishes. */
  renderer?: Renderer
  /** A warm publish: what it wrote and removed over the live build's files (spare.ts). */
  changes?: { written: string[]; removed: string[] }
}

export class SiteBuildError extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message)
    this.name = 'SiteBuildError'
  }
}

function runCapturing(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // From the site's folder: Astro keeps its working files (.astro/) beside its config, not in the repository root.
    const child = spawn(cmd, args, { cwd: SITE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

function countPages(dir: string): number {
  let n = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && entry.name.endsWith('.html')) n++
  return n
}

/** Lines worth showing an editor: the error, not the hundreds of "generated page" lines. */
export const logTail = (log: string, max = 20_000) =>
  log.length > max ? `…\n${log.slice(-max)}` : log

/** Astro prints the error message on the line before "Location:"; otherwise the last error line. */
export function failureReason(output: string): string | undefined {
  const lines = output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd())
  const at = lines.findIndex((l) => l.trim() === 'Location:')
  if (at > 0)
    return lines
      .slice(0, at)
      .reverse()
      .find((l) => l.trim())
      ?.trim()
  return lines
    .reverse()
    .find((l) => /error/i.test(l))
    ?.trim()
}

/**
 * Astro writes every build of one cache into the same folder, then it is moved to its own: the
 * output folder is part of the configuration Astro hashes, and a changed hash empties its content
 * store, so a new folder each time would fetch every document from the CMS again (10,000 articles:
 * 2–4 s).
 */
const stagingDir = (cacheDir: string) => path.join(cacheDir, 'out')

function moveFolder(from: string, to: string) {
  fs.rmSync(to, { recursive: true, force: true })
  try {
    fs.renameSync(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    fs.cpSync(from, to, { recursive: true })
    fs.rmSync(from, { recursive: true, force: true })
  }
}

/** The loaders' report of withheld documents sits beside the build folder, read once, then removed. */
const reportPath = (outDir: string) => `${outDir.replace(/[\\/]+$/, '')}.build-report.json`

function readWithheld(file: string): WithheldDocument[] {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as BuildReport).withheld
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  } finally {
    fs.rmSync(file, { force: true })
  }
}

export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now()
  const report = reportPath(opts.outDir)
  const env = {
    ...process.env,
    CMS_URL: opts.cmsUrl,
    SITE_URL: opts.siteUrl,
    SITE_OUT_DIR: stagingDir(opts.cacheDir),
    SITE_CACHE_DIR: opts.cacheDir,
    PUBLIC_CMS_URL: opts.publicCmsUrl ?? opts.cmsUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_BUILD_REPORT: report,
  }
  return withBuildLock(async () => {
    // The loaders' report is written beside the folder: its parent must exist.
    fs.mkdirSync(opts.outDir, { recursive: true })
    fs.rmSync(report, { force: true })
    fs.rmSync(env.SITE_OUT_DIR, { recursive: true, force: true })
    const astro: { code: number | null; output: string; renderer?: Renderer } = opts.keepRenderer
      ? await startRenderer(SITE_ROOT, env)
      : await runCapturing(bin('astro'), ['build', '--root', SITE_ROOT], env)
    const withheld = readWithheld(report)
    if (astro.code !== 0) {
      const reason = failureReason(astro.output) ?? `astro build exited ${astro.code}`
      throw new SiteBuildError(`The site build failed: ${reason}`, astro.output)
    }
    const { renderer } = astro
    try {
      return { ...(await finishBuild(opts, astro.output, withheld, started)), renderer }
    } catch (err) {
      await renderer?.stop()
      throw err
    }
  })
}

/** After Astro: the build to its folder, the search index, the compressed copies, the notes. */
async function finishBuild(
  opts: BuildOptions,
  astroOutput: string,
  withheld: WithheldDocument[],
  started: number,
): Promise<BuildResult> {
  moveFolder(stagingDir(opts.cacheDir), opts.outDir)
  const shared = opts.sharedSearch
  const later = Boolean(shared && liveSearchDir(shared))
  // Pagefind (its own process) only reads the pages, so they are compressed meanwhile; then
  // the index it wrote (renewSearch compresses its own).
  const [pagefind, pagesCompressed] = await Promise.all([
    later
      ? { code: 0, output: 'Search index: the live one, a fresh one follows\n' }
      : shared
        ? renewSearch(shared, opts.outDir).then(
            () => ({ code: 0, output: '' }),
            (err: Error) => ({ code: 1, output: err.message }),
          )
        : runPagefind(opts.outDir),
    precompress(opts.outDir, { skip: SEARCH_DIR, previous: opts.previousDir }),
  ])
  if (pagefind.code !== 0)
    throw new SiteBuildError('The search index (Pagefind) failed', astroOutput + pagefind.output)
  // Counted before the search index is linked in: a recursive listing follows the link.
  const pages = countPages(opts.outDir)
  if (shared) linkSearch(shared, opts.outDir)
  const compressed =
    pagesCompressed + (shared ? 0 : await precompress(path.join(opts.outDir, SEARCH_DIR)))
  writeBuildInfo(opts.outDir, { publicCmsUrl: opts.publicCmsUrl ?? opts.cmsUrl })
  return {
    pages,
    durationMs: Date.now() - started,
    log: `${astroOutput}${pagefind.output}Pre-compressed ${compressed} files (brotli, gzip)\n`,
    withheld,
    searchPending: later,
  }
}

/**
 * A publish by the warm renderer: the live build linked into `outDir` with what changed written
 * over it; here the written files get their compressed copies. The build's search index is the
 * shared live one (its link comes along); the caller makes a fresh one once this build is live
 * (search.ts). Fails with the renderer's reason; the caller then builds in full.
 */
export async function publishWarm(
  renderer: Renderer,
  opts: Pick<BuildOptions, 'outDir' | 'cmsUrl' | 'publicCmsUrl'> & {
    previousDir: string
    /** `outDir` already holds the live build's files (spare.ts); otherwise they are linked in. */
    linked?: boolean
  },
): Promise<BuildResult> {
  const started = Date.now()
  const report = reportPath(opts.outDir)
  fs.mkdirSync(opts.outDir, { recursive: true })
  fs.rmSync(report, { force: true })
  let published
  try {
    published = await renderer.publish({
      live: opts.previousDir,
      dir: opts.outDir,
      linked: opts.linked ?? false,
      report,
    })
  } catch (err) {
    readWithheld(report)
    if (err instanceof RendererFailed) throw new SiteBuildError(err.message, err.log)
    throw err
  }
  const withheld = readWithheld(report)
  const written = published.written.filter((f) => !published.removed.includes(f))
  const compressed = await precompressFiles(opts.outDir, written)
  writeBuildInfo(opts.outDir, { publicCmsUrl: opts.publicCmsUrl ?? opts.cmsUrl })
  return {
    pages: published.pages,
    durationMs: Date.now() - started,
    log: `${published.log}Pre-compressed ${compressed} files (brotli, gzip)\n`,
    withheld,
    searchPending: true,
    changes: { written, removed: published.removed },
  }
}
