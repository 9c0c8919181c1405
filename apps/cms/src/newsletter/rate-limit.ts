import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

interface Hit {
  allowed: boolean
  hits: number
}

/**
 * Counts one attempt for `key` in a fixed window, atomically in Postgres, so limits hold across
 * several CMS instances and concurrent requests.
 */
export async function hitRateLimit(
  payload: Payload,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<Hit> {
  const db = payload.db as unknown as {
    drizzle: { execute: (query: unknown) => Promise<{ rows: { hits: number }[] }> }
  }
  const window = `${windowSeconds} seconds`
  const result = await db.drizzle.execute(sql`
    INSERT INTO newsletter_rate_limits (key, window_start, hits, updated_at, created_at)
    VALUES (${key}, now(), 1, now(), now())
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN newsletter_rate_limits.window_start < now() - ${window}::interval
                  THEN 1 ELSE newsletter_rate_limits.hits + 1 END,
      window_start = CASE WHEN newsletter_rate_limits.window_start < now() - ${window}::interval
                  THEN now() ELSE newsletter_rate_limits.window_start END,
      updated_at = now()
    RETURNING hits
  `)
  const hits = Number(result.rows[0]?.hits ?? 1)
  if (hits === 1) {
    // A fresh window: a good moment to forget counters nobody has touched for a day.
    await db.drizzle.execute(
      sql`DELETE FROM newsletter_rate_limits WHERE window_start < now() - interval '1 day'`,
    )
  }
  return { allowed: hits <= limit, hits }
}
