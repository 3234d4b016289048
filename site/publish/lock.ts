/**
 * Astro writes generated types into site/.astro on every build, so two builds at once (the
 * publisher and `npm run build:site`, or two test files) must take turns. A lock file holding the
 * owner's pid; a lock left by a dead process is taken over.
 */
import fs from 'node:fs'
import path from 'node:path'

const LOCK = path.resolve(import.meta.dirname, '../.astro-build.lock')

function ownerAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(LOCK, 'utf8'))
    if (!pid) return false
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function tryTake(): boolean {
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    if (!ownerAlive()) {
      fs.rmSync(LOCK, { force: true })
      return false
    }
    return false
  }
}

export async function withBuildLock<T>(fn: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  const started = Date.now()
  while (!tryTake()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`Another site build held ${LOCK} for too long`)
    await new Promise((r) => setTimeout(r, 200))
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(LOCK, { force: true })
  }
}
