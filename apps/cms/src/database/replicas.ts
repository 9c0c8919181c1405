import { AsyncLocalStorage } from 'node:async_hooks'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Read replicas (DATABASE_READ_URLS) lag the primary by a little. Payload's adapter already reads
 * from the primary inside transactions and for two seconds after this process wrote. Two more
 * rules make a replica's lag invisible to the people it could confuse:
 *  - an editor (any signed-in request) always reads from the primary, whichever CMS instance
 *    answers, so a save is read back as saved;
 *  - the site is told to refetch a change only once every replica has replayed it
 *    (`waitForReplicas`), so it never caches the version from before the change.
 */
const signedIn = new AsyncLocalStorage<true>()

interface ReplicaAwareAdapter {
  primaryDrizzle?: unknown
  lastWriteTimestamp?: number
  drizzle: { $replicas?: Executor[] }
}

interface Executor {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }>
}

/** Does this request carry a login (the admin's cookie, or an API key / JWT header)? */
export function carriesLogin(headers: Headers): boolean {
  return (
    headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')
  )
}

/** Runs `work` as a signed-in request: every read goes to the primary. */
export function readingFromPrimary<T>(work: () => T): T {
  return signedIn.run(true, work)
}

/** Wraps a route handler so that requests carrying a login read from the primary. */
export function primaryForSignedIn<Args extends [Request, ...unknown[]], Result>(
  handler: (...args: Args) => Result,
): (...args: Args) => Result {
  return (...args) =>
    carriesLogin(args[0].headers) ? readingFromPrimary(() => handler(...args)) : handler(...args)
}

/**
 * The adapter reads from the primary while `now - lastWriteTimestamp` is below its interval;
 * inside a signed-in request the last write is "in the future", so that always holds. A no-op
 * without replicas.
 */
export function routeSignedInReadsToPrimary(payload: Payload): void {
  const adapter = payload.db as unknown as ReplicaAwareAdapter
  if (!adapter.primaryDrizzle) return
  let lastWrite = adapter.lastWriteTimestamp
  Object.defineProperty(adapter, 'lastWriteTimestamp', {
    configurable: true,
    get: () => (signedIn.getStore() ? Infinity : lastWrite),
    set: (value: number | undefined) => {
      lastWrite = value
    },
  })
}

/**
 * Waits until every replica has replayed the primary's WAL up to now (so everything committed
 * before this call is readable there). Throws after `timeoutMs`, so a caller such as the
 * revalidation job retries later instead of letting the site cache an old version.
 */
export async function waitForReplicas(payload: Payload, timeoutMs = 5_000): Promise<void> {
  const adapter = payload.db as unknown as ReplicaAwareAdapter
  const replicas = adapter.drizzle.$replicas
  if (!replicas?.length) return
  const primary = adapter.drizzle as unknown as Executor
  const { rows } = await primary.execute(sql`SELECT pg_current_wal_lsn()::text AS lsn`)
  const lsn = String(rows[0]?.lsn)
  const deadline = Date.now() + timeoutMs
  for (const replica of replicas) {
    for (;;) {
      const result = await replica.execute(
        sql`SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS caught_up`,
      )
      if (result.rows[0]?.caught_up === true) break
      if (Date.now() > deadline) {
        throw new Error(`A read replica has not replayed ${lsn} within ${timeoutMs} ms`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
