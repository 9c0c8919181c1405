import type { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { postgresOf } from '@/database/postgres'

export type Row = Record<string, unknown>
type SQL = ReturnType<typeof sql>

/**
 * Runs one SQL statement, inside the request's transaction when there is one (so a send queued by
 * a publish exists only if the publish commits), else on the pool.
 */
export async function execute(
  payload: Payload,
  query: SQL,
  req?: Partial<PayloadRequest>,
): Promise<Row[]> {
  const adapter = postgresOf(payload)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const db = (transactionID && adapter.sessions[transactionID]?.db) || adapter.drizzle
  const result = (await db.execute(query)) as unknown as { rows: Row[] }
  return result.rows
}
