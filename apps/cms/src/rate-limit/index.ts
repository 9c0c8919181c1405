import { createHmac } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '@/database/postgres'
import { env } from '@/env'

/**
 * Rate limits shared by every CMS instance: fixed-window counters in Postgres (the `rate-limits`
 * collection), updated atomically so concurrent requests cannot slip past a limit. Used by the
 * newsletter sign-up (per IP, per address) and by sign-in (per IP).
 */

interface Hit {
  allowed: boolean
  hits: number
}

/** Counts one attempt for `key` in a window of `windowSeconds`; allowed while within `limit`. */
export async function hitRateLimit(
  payload: Payload,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<Hit> {
  // On the pool, never in a request's transaction: an attempt counts even if the request fails.
  const db = postgresOf(payload).drizzle
  const window = `${windowSeconds} seconds`
  const result = await db.execute<{ hits: number }>(sql`
    INSERT INTO rate_limits (key, window_start, hits, updated_at, created_at)
    VALUES (${key}, now(), 1, now(), now())
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_start < now() - ${window}::interval
                  THEN 1 ELSE rate_limits.hits + 1 END,
      window_start = CASE WHEN rate_limits.window_start < now() - ${window}::interval
                  THEN now() ELSE rate_limits.window_start END,
      updated_at = now()
    RETURNING hits
  `)
  const hits = Number(result.rows[0]?.hits ?? 1)
  if (hits === 1) {
    // A fresh window: a good moment to forget counters nobody has touched for a day.
    await db.execute(sql`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`)
  }
  return { allowed: hits <= limit, hits }
}

/** Gives back one attempt counted by hitRateLimit, e.g. when a sign-in turned out to be right. */
export async function refundRateLimit(payload: Payload, key: string): Promise<void> {
  await postgresOf(payload).drizzle.execute(
    sql`UPDATE rate_limits SET hits = GREATEST(hits - 1, 0), updated_at = now() WHERE key = ${key}`,
  )
}

const keyHashKey = createHmac('sha256', env.PAYLOAD_SECRET).update('rate-limit-key').digest()

/** A counter key for a value such as an IP: comparable across requests, not reversible. */
export function rateLimitKey(kind: string, value: string): string {
  return `${kind}:${createHmac('sha256', keyHashKey).update(value).digest('base64url')}`
}
