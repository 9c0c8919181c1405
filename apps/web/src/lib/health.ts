import 'server-only'

import { createClient } from '@redis/client'
import { failedCheck, type HealthCheck, withTimeout } from '@sok/content/health'

import { env } from '@/env'

const connect = (url: string, timeoutMs: number) =>
  createClient({
    url,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: () => 1_000 },
  }).on('error', () => {})

let client: ReturnType<typeof connect> | undefined

/** Is the shared cache reachable? One small connection of its own, kept between checks. */
export async function checkRedis(url: string, timeoutMs = 1_000): Promise<HealthCheck> {
  client ??= connect(url, timeoutMs)
  try {
    if (!client.isOpen) await withTimeout(client.connect(), timeoutMs)
    await withTimeout(client.ping(), timeoutMs)
    return { ok: true, detail: 'reachable' }
  } catch (error) {
    return failedCheck(error)
  }
}

/**
 * What the site needs to serve: its process (answering at all) and, when configured, the shared
 * cache. The CMS is not a condition: cached pages are still served while it is down, and taking
 * every site instance out of the load balancer because of it would turn an outage into a total one.
 */
export async function siteHealth(): Promise<{ ok: boolean; checks: Record<string, HealthCheck> }> {
  const checks: Record<string, HealthCheck> = {
    process: { ok: true, detail: `pid ${process.pid}` },
  }
  if (env.REDIS_URL) checks.redis = await checkRedis(env.REDIS_URL)
  return { ok: Object.values(checks).every((check) => check.ok), checks }
}
