import type { Payload } from 'payload'

interface Closable {
  end: () => Promise<void>
}

/**
 * Closes the primary's and every replica's connection pool. Payload's `db.destroy()` forgets the
 * schema but leaves the pools open, so a stopping process would otherwise hold its connections
 * until the database notices they are gone.
 */
export async function closeDatabasePools(payload: Payload): Promise<void> {
  const adapter = payload.db as unknown as {
    pool?: Closable
    drizzle?: { $replicas?: { $client?: Closable }[] }
  }
  const replicas = adapter.drizzle?.$replicas ?? []
  await Promise.all([adapter.pool?.end(), ...replicas.map((replica) => replica.$client?.end())])
  await payload.db.destroy?.()
}
