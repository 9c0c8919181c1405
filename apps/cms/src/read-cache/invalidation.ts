import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { readCacheStore } from './instance'

/** The Postgres channel on which committed changes are announced to every CMS process. */
export const CHANGES_CHANNEL = 'sok_content_changed'

type Client = {
  connect(): Promise<void>
  query(text: string): Promise<unknown>
  on(event: 'notification' | 'error' | 'end', listener: (...args: unknown[]) => void): void
  end(): Promise<void>
}
type Adapter = {
  pg: { Client: new (options: unknown) => Client }
  poolOptions: unknown
  drizzle: { execute(query: unknown): Promise<unknown> }
  sessions: Record<string | number, Session>
}

type Session = { db?: { execute(query: unknown): Promise<unknown> } } & {
  resolve?: () => Promise<unknown>
  reject?: () => Promise<unknown>
}

const HELD = Symbol('read cache held')

/**
 * Announces a change inside the transaction that makes it: Postgres delivers a NOTIFY only when
 * that transaction commits (and never if it rolls back), the same guarantee the site's
 * revalidation job has. Called from the same hooks that queue the site's revalidation.
 *
 * Other processes drop their answers when the NOTIFY reaches them, a moment after the commit.
 * This process does not wait for it: from now until the transaction ends it neither serves nor
 * keeps answers, so whoever made the change (and anyone they tell) never reads an older answer
 * from this process.
 */
export async function announceChange(req: PayloadRequest): Promise<void> {
  const adapter = req.payload.db as unknown as Adapter
  const store = readCacheStore()
  const id = req.transactionID ? await req.transactionID : undefined
  const session = (id !== undefined ? adapter.sessions[id] : undefined) as
    (Session & { [HELD]?: true }) | undefined
  if (!session?.db || !session.resolve || !session.reject) {
    // No transaction: the write has committed already, and so does the announcement.
    await adapter.drizzle.execute(sql.raw(`NOTIFY ${CHANGES_CHANNEL}`))
    store.invalidate()
    return
  }
  if (!session[HELD]) {
    session[HELD] = true
    store.hold()
    // Payload ends a transaction through these two; each returns once the COMMIT or ROLLBACK
    // has finished.
    const { resolve, reject } = session
    let released = false
    const release = () => {
      if (released) return
      released = true
      store.release()
    }
    session.resolve = () => resolve().finally(release)
    session.reject = () => reject().finally(release)
  }
  await session.db.execute(sql.raw(`NOTIFY ${CHANGES_CHANNEL}`))
}

const state = globalThis as typeof globalThis & {
  __sokReadCacheListener?: Promise<boolean>
  __sokReadCacheListening?: boolean
}

/**
 * Listens for announced changes on a connection of its own and clears this process's cache on
 * each. While the connection is down nothing is served from the cache (an announcement could be
 * missed); it reconnects after a second.
 */
export function listenForChanges(payload: Payload): Promise<boolean> {
  state.__sokReadCacheListener ??= connect(payload)
  return state.__sokReadCacheListener
}

async function connect(payload: Payload): Promise<boolean> {
  const adapter = payload.db as unknown as Adapter
  const client = new adapter.pg.Client(adapter.poolOptions)
  const lost = (error?: unknown) => {
    if (!state.__sokReadCacheListening) return
    state.__sokReadCacheListening = false
    readCacheStore().invalidate()
    payload.logger.warn({ err: error, msg: 'Read cache: lost the change feed; reconnecting' })
    void client.end().catch(() => {})
    setTimeout(() => {
      state.__sokReadCacheListener = connect(payload)
    }, 1000)
  }
  try {
    client.on('notification', () => readCacheStore().invalidate())
    client.on('error', lost)
    client.on('end', lost)
    await client.connect()
    await client.query(`LISTEN ${CHANGES_CHANNEL}`)
    // Anything kept before we listened could have missed an announcement.
    readCacheStore().invalidate()
    state.__sokReadCacheListening = true
    return true
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'Read cache: cannot listen for changes; not caching' })
    void client.end().catch(() => {})
    setTimeout(() => {
      state.__sokReadCacheListener = connect(payload)
    }, 1000)
    return false
  }
}

export const isListening = () => state.__sokReadCacheListening === true
