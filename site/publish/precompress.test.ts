/** Compressed copies: made for every text file, reused from the live build when a file is unchanged. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { precompress } from './precompress'

const page = (words: string) => `<!doctype html><title>Sak</title><p>${words.repeat(400)}</p>`

function build(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nh-precompress-'))
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  return dir
}

const inode = (file: string) => fs.statSync(file).ino
const brotli = (file: string) => zlib.brotliDecompressSync(fs.readFileSync(file)).toString()
const gunzip = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString()

describe('precompress', () => {
  it('gives an unchanged page the live build’s copies and compresses a changed page anew', async () => {
    const live = build({
      'nyheiter/a/index.html': page('same '),
      'nyheiter/b/index.html': page('old '),
    })
    expect(await precompress(live)).toBe(4)
    const next = build({
      'nyheiter/a/index.html': page('same '),
      'nyheiter/b/index.html': page('new '),
      'nyheiter/c/index.html': page('added '),
    })
    expect(await precompress(next, { previous: live })).toBe(6)

    for (const ext of ['.br', '.gz'])
      expect(inode(path.join(next, `nyheiter/a/index.html${ext}`))).toBe(
        inode(path.join(live, `nyheiter/a/index.html${ext}`)),
      )
    expect(inode(path.join(next, 'nyheiter/b/index.html.br'))).not.toBe(
      inode(path.join(live, 'nyheiter/b/index.html.br')),
    )
    // What a browser gets is the page as it is now, whichever way the copy was made.
    for (const p of ['a', 'b', 'c']) {
      const html = fs.readFileSync(path.join(next, `nyheiter/${p}/index.html`), 'utf8')
      expect(brotli(path.join(next, `nyheiter/${p}/index.html.br`))).toBe(html)
      expect(gunzip(path.join(next, `nyheiter/${p}/index.html.gz`))).toBe(html)
    }
  })

  it('leaves a skipped folder for later', async () => {
    const dir = build({ 'index.html': page('home '), 'pagefind/pagefind.js': page('index ') })
    await precompress(dir, { skip: 'pagefind' })
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'pagefind/pagefind.js.br'))).toBe(false)
  })
})
