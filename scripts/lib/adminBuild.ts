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
  const files = [...listSources(path.join(root, 'cms')), path.join(root, 'package-lock.json')].sort()
  for (const file of files) hash.update(file).update(fs.readFileSync(file))
  return hash.digest('hex')
}

const stampFile = (root: string) => path.join(root, 'cms/.next/naeringshub-fingerprint')

export function adminBuildIsCurrent(root: string): boolean {
  const stamp = stampFile(root)
  return fs.existsSync(path.join(root, 'cms/.next/BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === adminFingerprint(root)
}

export function recordAdminBuild(root: string, fingerprint: string) {
  fs.writeFileSync(stampFile(root), fingerprint)
}
