/**
 * SQLite transactions that hold up when two things write at once. libsql runs statements
 * synchronously and, each time it hands a connection to a transaction, opens a fresh one with
 * busy_timeout 0. So, left alone, a second transaction begun in the same process while one is open
 * fails at once with SQLITE_BUSY, and with a busy timeout it would block the only thread the first
 * one needs in order to finish. Here:
 * - writers in one process take turns (FIFO) in the event loop: a transaction holds the turn from
 *   begin to commit or rollback, a write outside any transaction for its own duration;
 * - every connection libsql opens gets the busy timeout, so the admin and the jobs worker (two
 *   processes) wait for each other's write lock instead of failing.
 * A hook that writes without passing its `req` waits for its own transaction: it fails after
 * TURN_TIMEOUT_MS with a message saying so (pass `req`).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { DatabaseAdapterObj } from 'payload'

export const TURN_TIMEOUT_MS = 30_000

/** The adapter's write methods Payload calls; they run outside a transaction when given none. */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** One writer at a time, the others waiting in order. */
export class WriteTurn {
  private busy = false
  private waiters: (() => void)[] = []

  acquire(timeoutMs: number, what: string): Promise<() => void> {
    if (!this.busy) {
      this.busy = true
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer)
        resolve(this.releaser())
      }
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(grant), 1)
        reject(
          new Error(
            `SQLite: waited ${timeoutMs} ms for another write in this process to finish (${what}). If a hook writes without passing its req, it waits for its own transaction: pass req.`,
          ),
        )
      }, timeoutMs)
      this.waiters.push(grant)
    })
  }

  private releaser() {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.waiters.shift()
      if (next) next()
      else this.busy = false
    }
  }
}

interface LibsqlClient {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
  [patched]?: true
}
const patched = Symbol('busyTimeoutOnEveryConnection')

/**
 * libsql's `transaction()` opens the next connection lazily; opening it right away (execute runs
 * synchronously up to the statement) gives it the pragmas before anything else can use it.
 */
function busyTimeoutOnEveryConnection(client: LibsqlClient, pragmas: string[]) {
  if (client[patched]) return
  client[patched] = true
  const begin = client.transaction.bind(client)
  client.transaction = (mode) => {
    const tx = begin(mode)
    const ready = pragmas.map((sql) => client.execute(sql))
    return Promise.all([tx, ...ready]).then(([t]) => t)
  }
}

type AnyAdapter = Record<string, unknown> & {
  sessions: Record<string, unknown>
  busyTimeout?: number
  wal?: { synchronous?: string } | false
  client?: LibsqlClient
}
type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>

/** Wraps an SQLite adapter (created with `transactionOptions`) as described above. */
export function withWriteTurns(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as unknown as AnyAdapter
      const turn = new WriteTurn()
      const releases = new Map<string, () => void>()
      // A direct write that calls another (upsert → updateOne) already holds the turn.
      const holding = new AsyncLocalStorage<true>()
      const original = (name: string) => (adapter[name] as Method).bind(adapter)

      const connect = original('connect')
      adapter.connect = async (...a: unknown[]) => {
        await connect(...a)
        // The busy timeout only. `PRAGMA synchronous = NORMAL` (Payload sets it on its first
        // connection) is left at SQLite's FULL on the others: with it, libsql never released a
        // transaction's connection, even after the garbage collector had freed it (about half of
        // them kept their file handles and memory for the life of the process; see the test).
        // FULL syncs each commit to disk: safer, and the office writes little.
        const pragmas = [`PRAGMA busy_timeout = ${adapter.busyTimeout ?? 0}`]
        if (adapter.client) busyTimeoutOnEveryConnection(adapter.client, pragmas)
      }

      const begin = original('beginTransaction')
      adapter.beginTransaction = async (...a: unknown[]) => {
        const release = await turn.acquire(TURN_TIMEOUT_MS, 'beginTransaction')
        try {
          const id = (await begin(...a)) as string | null
          if (id === null || id === undefined) release()
          else releases.set(String(id), release)
          return id
        } catch (err) {
          release()
          throw err
        }
      }
      for (const name of ['commitTransaction', 'rollbackTransaction']) {
        const end = original(name)
        adapter[name] = async (incoming: unknown) => {
          const id = String(await incoming)
          try {
            return await end(id)
          } finally {
            releases.get(id)?.()
            releases.delete(id)
          }
        }
      }

      for (const name of WRITE_METHODS) {
        const write = original(name)
        adapter[name] = async (args?: { req?: { transactionID?: unknown } }) => {
          const id = await args?.req?.transactionID
          if (
            (id !== undefined && id !== null && adapter.sessions[String(id)]) ||
            holding.getStore()
          )
            return write(args)
          const release = await turn.acquire(TURN_TIMEOUT_MS, name)
          try {
            return await holding.run(true, () => write(args))
          } finally {
            release()
          }
        }
      }
      return adapter as never
    },
  }
}
