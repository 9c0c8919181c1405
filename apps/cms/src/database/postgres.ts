import type { PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * The Postgres adapter behind `payload.db`. Payload types `payload.db` as any database adapter;
 * payload.config.ts only ever configures @payloadcms/db-postgres, so this one cast is safe and
 * the rest of the app reads its pool and Drizzle instance through here.
 */
export const postgresOf = (payload: Payload): PostgresAdapter =>
  payload.db as unknown as PostgresAdapter

export type Row = Record<string, unknown>

/**
 * Runs one SQL statement inside the request's transaction when there is one, so what it writes
 * or announces (a queued send, a NOTIFY) exists only if the request's change commits; else on the
 * pool.
 */
export async function execute(
  payload: Payload,
  query: ReturnType<typeof sql>,
  req?: Partial<PayloadRequest>,
): Promise<Row[]> {
  const adapter = postgresOf(payload)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const db = (transactionID && adapter.sessions[transactionID]?.db) || adapter.drizzle
  const result = (await db.execute(query)) as unknown as { rows: Row[] }
  return result.rows
}
