/**
 * The next publish's folder (spare.ts): it must hold exactly the live build's files, as links, and
 * never be handed to a publish from another build.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { forgetBuild, indexBuild, indexDerived } from './fileIndex'
import { linkSearch, siteDirs } from './live'
import { RECYCLE_GRACE_MS, SpareFolder } from './spare'

let dataDir: string
const errors: unknown[] = []

function build(name: string, files: Record<string, string>): string {
  const dir = path.join(siteDirs(dataDir).builds, name)
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  linkSearch(dataDir, dir)
  return dir
}

/** Every file (following no link) with its text, and the links with their targets. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name)
      if (e.isDirectory()) walk(r)
      else if (e.isSymbolicLink()) out[r] = `-> ${fs.readlinkSync(path.join(dir, r))}`
      else out[r] = fs.readFileSync(path.join(dir, r), 'utf8')
    }
  }
  walk('')
  return out
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-spare-'))
  errors.length = 0
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('the spare folder', () => {
  it('after a full build: a linked copy of it, search link included', async () => {
    const live = build('a', {
      'index.html': 'home',
      'nyheiter/x/index.html': 'x',
      '.build.json': '{}',
    })
    const spare = new SpareFolder(dataDir, (_m, e) => errors.push(e))
    spare.copy(live)
    const dir = await spare.take(live)
    expect(dir).not.toBeNull()
    expect(dir).not.toBe(live)
    expect(contents(dir!)).toEqual(contents(live))
    expect(fs.statSync(path.join(dir!, 'index.html')).ino).toBe(
      fs.statSync(path.join(live, 'index.html')).ino,
    )
    expect(errors).toEqual([])
  })

  it('after a warm publish: the replaced build, brought level with the new one under a new name', async () => {
    const old = build('a', {
      'index.html': 'home 1',
      'index.html.br': 'br 1',
      'nyheiter/gone/index.html': 'gone',
      'nyheiter/kept/index.html': 'kept',
      '.build.json': '{"v":1}',
    })
    const live = build('b', {
      'index.html': 'home 2',
      'nyheiter/kept/index.html': 'kept',
      'nyheiter/new/index.html': 'new',
      '_astro/new.webp': 'image',
      '.build.json': '{"v":2}',
    })
    const spare = new SpareFolder(dataDir, (_m, e) => errors.push(e))
    spare.recycle(old, live, {
      written: ['index.html', 'nyheiter/new/index.html', '_astro/new.webp'],
      removed: ['nyheiter/gone/index.html'],
    })
    // Kept from pruning while it is being made.
    expect(spare.inUse()).toEqual([old])
    const dir = await spare.take(live)
    expect(dir).not.toBeNull()
    expect(dir).not.toBe(old)
    expect(fs.existsSync(old)).toBe(false)
    expect(contents(dir!)).toEqual(contents(live))
    // The stale compressed copy went with its page; the emptied folder too.
    expect(fs.existsSync(path.join(dir!, 'nyheiter/gone'))).toBe(false)
    expect(fs.statSync(path.join(dir!, 'index.html')).ino).toBe(
      fs.statSync(path.join(live, 'index.html')).ino,
    )
    expect(errors).toEqual([])
  })

  it('waits out the grace period before it touches the replaced build', async () => {
    const old = build('a', { 'index.html': 'home 1' })
    const live = build('b', { 'index.html': 'home 2' })
    const spare = new SpareFolder(dataDir, (_m, e) => errors.push(e))
    spare.recycle(old, live, { written: ['index.html'], removed: [] })
    await new Promise((r) => setTimeout(r, RECYCLE_GRACE_MS / 5))
    expect(fs.readFileSync(path.join(old, 'index.html'), 'utf8')).toBe('home 1')
    expect(await spare.take(live)).not.toBeNull()
  })

  it('is not handed to a publish from another build, and is removed then', async () => {
    const live = build('a', { 'index.html': 'home' })
    const other = build('b', { 'index.html': 'other' })
    const spare = new SpareFolder(dataDir, (_m, e) => errors.push(e))
    spare.copy(live)
    const made = spare.inUse()[0]
    expect(await spare.take(other)).toBeNull()
    expect(fs.existsSync(made)).toBe(false)
    // Taken once: a second publish gets none.
    expect(await spare.take(live)).toBeNull()
  })

  it("gives the server the publish's table from the live one, the same as a walk of the folder", async () => {
    const live = build('a', {
      'index.html': 'home 1',
      'index.html.br': 'br 1',
      'nyheiter/gone/index.html': 'gone',
      'nyheiter/kept/index.html': 'kept',
      '.build.json': '{}',
    })
    const spare = new SpareFolder(dataDir, (_m, e) => errors.push(e))
    spare.copy(live)
    const dir = (await spare.take(live))!
    // What a warm publish does to it: a page rewritten (its old copy gone), one new, one removed.
    fs.rmSync(path.join(dir, 'index.html'))
    fs.rmSync(path.join(dir, 'index.html.br'))
    fs.writeFileSync(path.join(dir, 'index.html'), 'home 2')
    fs.mkdirSync(path.join(dir, 'nyheiter/new'))
    fs.writeFileSync(path.join(dir, 'nyheiter/new/index.html'), 'new')
    fs.writeFileSync(path.join(dir, 'nyheiter/new/index.html.gz'), 'gz')
    fs.rmSync(path.join(dir, 'nyheiter/gone'), { recursive: true })
    const derived = await indexDerived(dir, live, {
      written: ['index.html', 'nyheiter/new/index.html'],
      removed: ['nyheiter/gone/index.html'],
    })
    forgetBuild(dir)
    const walked = await indexBuild(dir)
    expect(new Map([...derived].sort())).toEqual(new Map([...walked].sort()))
    expect(derived.get('/nyheiter/new/index.html.gz')).toBe(
      path.join('nyheiter', 'new', 'index.html.gz'),
    )
    expect(derived.has('/index.html.br')).toBe(false)
  })
})
