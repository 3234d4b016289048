/**
 * One build of the public site into a given folder: Astro (pages from the CMS), then Pagefind
 * (the search index). Output and errors are captured so a failed build can be shown in the admin.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { withBuildLock } from './lock'

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
}

export interface BuildResult {
  pages: number
  durationMs: number
  log: string
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

function runCapturing(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

function countPages(dir: string): number {
  let n = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++
  return n
}

/** Lines worth showing an editor: the error, not the hundreds of "generated page" lines. */
export const logTail = (log: string, max = 20_000) => (log.length > max ? `…\n${log.slice(-max)}` : log)

/** Astro prints the error message on the line before "Location:"; otherwise the last error line. */
export function failureReason(output: string): string | undefined {
  const lines = output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd())
  const at = lines.findIndex((l) => l.trim() === 'Location:')
  if (at > 0) return lines.slice(0, at).reverse().find((l) => l.trim())?.trim()
  return lines.reverse().find((l) => /error/i.test(l))?.trim()
}

export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now()
  const env = {
    ...process.env,
    CMS_URL: opts.cmsUrl,
    SITE_URL: opts.siteUrl,
    SITE_OUT_DIR: opts.outDir,
    SITE_CACHE_DIR: opts.cacheDir,
    PUBLIC_CMS_URL: opts.publicCmsUrl ?? opts.cmsUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  return withBuildLock(async () => {
    const astro = await runCapturing(bin('astro'), ['build', '--root', SITE_ROOT], env)
    if (astro.code !== 0) {
      const reason = failureReason(astro.output) ?? `astro build exited ${astro.code}`
      throw new SiteBuildError(`The site build failed: ${reason}`, astro.output)
    }
    const pagefind = await runCapturing(bin('pagefind'), ['--site', opts.outDir, '--silent'], env)
    if (pagefind.code !== 0) throw new SiteBuildError('The search index (Pagefind) failed', astro.output + pagefind.output)
    return { pages: countPages(opts.outDir), durationMs: Date.now() - started, log: astro.output + pagefind.output }
  })
}
