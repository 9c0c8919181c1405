import { sql } from '@payloadcms/db-postgres'
import { failedCheck, type HealthCheck, withTimeout } from '@sok/content/health'
import type { Endpoint, Payload } from 'payload'

import { postgresOf } from '@/database/postgres'

interface Executor {
  execute: (query: ReturnType<typeof sql>) => Promise<unknown>
}

let shuttingDown = false

/** From the first shutdown signal on, this instance reports itself unavailable. */
export function markShuttingDown(): void {
  shuttingDown = true
}

async function probe(executor: Executor, timeoutMs: number): Promise<HealthCheck> {
  const started = Date.now()
  try {
    await withTimeout(executor.execute(sql`SELECT 1`), timeoutMs)
    return { ok: true, detail: `answered in ${Date.now() - started} ms` }
  } catch (error) {
    return failedCheck(error)
  }
}

/** Process, primary database and each read replica: what this instance needs to serve. */
export async function cmsHealth(payload: Payload, timeoutMs = 2_000) {
  const { drizzle } = postgresOf(payload)
  const checks: Record<string, HealthCheck> = {
    process: shuttingDown
      ? { ok: false, detail: 'shutting down' }
      : { ok: true, detail: `pid ${process.pid}` },
    // `execute` always goes to the primary, replicas or not.
    database: await probe(drizzle, timeoutMs),
  }
  const replicas = '$replicas' in drizzle ? drizzle.$replicas : []
  const replicaChecks = await Promise.all(replicas.map((replica) => probe(replica, timeoutMs)))
  replicaChecks.forEach((check, index) => (checks[`replica ${index + 1}`] = check))
  return { ok: Object.values(checks).every((check) => check.ok), checks }
}

/**
 * GET /api/health, for load balancers and orchestrators: 200 when this instance can serve, 503
 * with the failing check when not. It names no hosts or versions.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await cmsHealth(req.payload)
    return Response.json(
      { status: health.ok ? 'ok' : 'unavailable', checks: health.checks },
      { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
