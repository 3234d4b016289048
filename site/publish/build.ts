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
import { precompress } from './precompress'

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
}

export type { WithheldDocument }

export interface BuildResult {
  pages: number
  durationMs: number
  log: string
  /** Documents left out of this build; everything else went live. */
  withheld: WithheldDocument[]
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
    SITE_OUT_DIR: opts.outDir,
    SITE_CACHE_DIR: opts.cacheDir,
    PUBLIC_CMS_URL: opts.publicCmsUrl ?? opts.cmsUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_BUILD_REPORT: report,
  }
  return withBuildLock(async () => {
    fs.rmSync(report, { force: true })
    const astro = await runCapturing(bin('astro'), ['build', '--root', SITE_ROOT], env)
    const withheld = readWithheld(report)
    if (astro.code !== 0) {
      const reason = failureReason(astro.output) ?? `astro build exited ${astro.code}`
      throw new SiteBuildError(`The site build failed: ${reason}`, astro.output)
    }
    // Pagefind (its own process) only reads the pages, so they are compressed meanwhile; then
    // the index it wrote.
    const [pagefind, pagesCompressed] = await Promise.all([
      runCapturing(bin('pagefind'), ['--site', opts.outDir, '--silent'], env),
      precompress(opts.outDir, { skip: 'pagefind', previous: opts.previousDir }),
    ])
    if (pagefind.code !== 0)
      throw new SiteBuildError('The search index (Pagefind) failed', astro.output + pagefind.output)
    const index = await precompress(path.join(opts.outDir, 'pagefind'), {
      previous: opts.previousDir && path.join(opts.previousDir, 'pagefind'),
    })
    const compressed = pagesCompressed + index
    writeBuildInfo(opts.outDir, { publicCmsUrl: opts.publicCmsUrl ?? opts.cmsUrl })
    return {
      pages: countPages(opts.outDir),
      durationMs: Date.now() - started,
      log: `${astro.output}${pagefind.output}Pre-compressed ${compressed} files (brotli, gzip)\n`,
      withheld,
    }
  })
}
