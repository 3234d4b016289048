/**
 * Decides whether the Next.js admin must be (re)built: a fingerprint of its sources and the
 * lockfile is stored beside the build, so `npm start` builds on a fresh clone and after a change,
 * and starts in seconds otherwise.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SOURCE_EXT = /\.(ts|tsx|js|mjs|scss|css|json)$/
const SKIP_DIRS = new Set(['.next', 'node_modules', 'seed'])

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : listSources(full)
    return SOURCE_EXT.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

export function adminFingerprint(root: string): string {
  const hash = createHash('sha256')
  // Everything the admin bundles: the CMS and the parts it imports (shared vocabulary, emails).
  const files = [
    ...['cms', 'common', 'emails'].flatMap((dir) => listSources(path.join(root, dir))),
    path.join(root, 'package-lock.json'),
  ].sort()
  for (const file of files) hash.update(file).update(fs.readFileSync(file))
  return hash.digest('hex')
}

const stampFile = (root: string) => path.join(root, 'cms/.next/naeringshub-fingerprint')

export function adminBuildIsCurrent(root: string): boolean {
  const stamp = stampFile(root)
  return (
    fs.existsSync(path.join(root, 'cms/.next/BUILD_ID')) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8') === adminFingerprint(root)
  )
}

export function recordAdminBuild(root: string, fingerprint: string) {
  fs.writeFileSync(stampFile(root), fingerprint)
}

/**
 * Builds the admin when its sources changed since the last build (`npm start`, and tests that
 * serve the built admin). One build at a time on this machine: a build takes ~2 GB.
 */
export async function ensureAdminBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  run: (
    cmd: string,
    args: string[],
    opts: { env: NodeJS.ProcessEnv; cwd: string },
  ) => Promise<void>,
) {
  if (adminBuildIsCurrent(root)) return false
  const release = await buildLock(root)
  try {
    // Another process may have built it while this one waited.
    if (adminBuildIsCurrent(root)) return false
    const fingerprint = adminFingerprint(root)
    const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
    await run(bin('payload'), ['generate:importmap'], {
      cwd: root,
      env: { ...env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts' },
    })
    await run(bin('next'), ['build', 'cms'], { cwd: root, env: { ...env, NODE_ENV: 'production' } })
    recordAdminBuild(root, fingerprint)
    return true
  } finally {
    release()
  }
}

/** Two builds into one cms/.next would spoil each other (tests run in parallel). */
async function buildLock(root: string, staleMs = 20 * 60_000): Promise<() => void> {
  const lock = path.join(root, 'cms/.admin-build.lock')
  for (;;) {
    try {
      fs.mkdirSync(lock)
      return () => fs.rmSync(lock, { recursive: true, force: true })
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0)
      if (age > staleMs) fs.rmSync(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
}
