/**
 * SQLite transactions on the real adapter: atomic, isolated, and safe when writers meet, in one
 * process (concurrent requests) and across two (the admin and the jobs worker).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import v8 from 'node:v8'
import vm from 'node:vm'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testCms } from '../test/helpers/cms'

let payload: Payload
beforeAll(async () => {
  payload = (await testCms()).payload
})

const topicCount = (prefix: string) =>
  payload
    .count({ collection: 'topics', where: { slug: { like: `${prefix}-` } } })
    .then((r) => r.totalDocs)

const topic = (slug: string, req?: { transactionID?: string | number }) =>
  payload.create({ collection: 'topics', locale: 'nn', data: { name: slug, slug }, req, depth: 0 })

describe('SQLite transactions', () => {
  it('roll back as one: nothing of a rolled-back transaction stays, nor is seen while open', async () => {
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID).not.toBeNull()
    await topic('rb-1', { transactionID: transactionID! })
    await topic('rb-2', { transactionID: transactionID! })
    expect(await topicCount('rb')).toBe(0)
    await payload.db.rollbackTransaction(transactionID!)
    expect(await topicCount('rb')).toBe(0)

    const committed = await payload.db.beginTransaction()
    await topic('cm-1', { transactionID: committed! })
    await topic('cm-2', { transactionID: committed! })
    await payload.db.commitTransaction(committed!)
    expect(await topicCount('cm')).toBe(2)
  })

  it('let 30 writes at once in one process all succeed (they take turns)', async () => {
    const open = await payload.db.beginTransaction()
    const results = await Promise.allSettled([
      ...Array.from({ length: 30 }, (_, i) => topic(`par-${i}`)),
      (async () => {
        await topic('par-tx', { transactionID: open! })
        await payload.db.commitTransaction(open!)
      })(),
    ])
    expect(results.filter((r) => r.status === 'rejected')).toEqual([])
    expect(await topicCount('par')).toBe(31)
  })

  it('let two processes write at once: the busy timeout makes one wait for the other', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import { getCms } from './cms/getCms'
         const payload = await getCms()
         console.log('ready')
         await Promise.all(Array.from({ length: 40 }, (_, i) =>
           payload.create({ collection: 'topics', locale: 'nn', data: { name: 'c', slug: 'two-child-' + i } })))
         console.log('done'); process.exit(0)`,
      ],
      { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
    await new Promise<void>((resolve) =>
      child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve()),
    )
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const mine = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => topic(`two-parent-${i}`)),
    )
    expect(mine.filter((r) => r.status === 'rejected')).toEqual([])
    expect(await exited, stderr).toBe(0)
    expect(await topicCount('two-child')).toBe(40)
    expect(await topicCount('two-parent')).toBe(40)
  }, 120_000)

  it('give back every transaction’s connection: 300 transactions keep no files open once collected', async () => {
    // The database's open files, as the operating system lists them for this process.
    const databaseFiles = () =>
      fs
        .readdirSync('/proc/self/fd')
        .map((fd) => {
          try {
            return fs.readlinkSync(`/proc/self/fd/${fd}`)
          } catch {
            return ''
          }
        })
        .filter((target) => /\.db(-wal|-shm)?$/.test(target)).length
    // libsql closes a transaction's connection when the garbage collector frees it: collect on
    // demand, as the runtime otherwise would at some later moment.
    v8.setFlagsFromString('--expose-gc')
    const gc = vm.runInNewContext('gc') as () => void
    const collect = async () => {
      for (let i = 0; i < 3; i++) {
        gc()
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    await topic('fd-warm-up')
    await collect()
    const before = databaseFiles()
    for (let i = 0; i < 100; i++) {
      const committed = await payload.db.beginTransaction()
      await topic(`fd-c-${i}`, { transactionID: committed! })
      await payload.db.commitTransaction(committed!)
      const rolledBack = await payload.db.beginTransaction()
      await topic(`fd-r-${i}`, { transactionID: rolledBack! })
      await payload.db.rollbackTransaction(rolledBack!)
      await topic(`fd-own-${i}`) // Payload's own transaction
    }
    // Each transaction's connection holds its files until collected.
    const held = databaseFiles() - before
    await collect()
    // With `PRAGMA synchronous = NORMAL` on every connection, about half stayed open for good.
    expect(databaseFiles() - before).toBeLessThanOrEqual(Math.max(4, held / 10))
    expect(await topicCount('fd-c')).toBe(100)
    expect(await topicCount('fd-r')).toBe(0)
  })
})
