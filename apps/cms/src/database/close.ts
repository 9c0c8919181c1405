import type { Payload } from 'payload'

interface PooledClient {
  release?: (destroy?: boolean) => void
  /** pg 8's own state (pinned by the lockfile): the statement running, and those waiting. */
  _activeQuery?: unknown
  _queryQueue?: unknown[]
}

/** A checked-out client with a statement running or waiting: its owner releases it when done. */
const busy = (client: PooledClient) =>
  Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0

interface Closable {
  end: () => Promise<void>
  /** pg-pool's own lists: every open client, and the idle ones among them. */
  _clients?: PooledClient[]
  _idle?: { client: PooledClient }[]
}

/**
 * Closes the primary's and every replica's connection pool. Payload's `db.destroy()` forgets the
 * schema but leaves the pools open, so a stopping process would otherwise hold its connections
 * until the database notices they are gone.
 *
 * `pool.end()` waits until every checked-out client is released, and Payload's `connect()` checks
 * one out for good (to hang its reconnect listener on it), so that one is released here, as
 * broken (`release(true)` closes it), or ending would wait for ever. A client that is running a
 * statement is left to its owner: releasing it here cut the statement off (its promise never
 * settled) and its owner's own release then found it already released.
 */
export async function closeDatabasePools(payload: Payload): Promise<void> {
  const adapter = payload.db as unknown as {
    pool?: Closable
    drizzle?: { $replicas?: { $client?: Closable }[] }
  }
  const replicas = (adapter.drizzle?.$replicas ?? []).map((replica) => replica.$client)
  const pools = [adapter.pool, ...replicas].filter((pool): pool is Closable => Boolean(pool))
  await Promise.all(
    pools.map((pool) => {
      const ended = pool.end()
      const idle = new Set((pool._idle ?? []).map((item) => item.client))
      for (const client of pool._clients ?? []) {
        if (!idle.has(client) && !busy(client)) client.release?.(true)
      }
      return ended
    }),
  )
  await payload.db.destroy?.()
}
