import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * The Postgres adapter behind `payload.db`. Payload types `payload.db` as any database adapter;
 * payload.config.ts only ever configures @payloadcms/db-postgres, so this one cast is safe and
 * the rest of the app reads its pool and Drizzle instance through here.
 */
export const postgresOf = (payload: Payload): PostgresAdapter =>
  payload.db as unknown as PostgresAdapter
