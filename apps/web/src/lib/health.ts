import 'server-only'

import { createClient } from '@redis/client'

import { env } from '@/env'

export interface Check {
  ok: boolean
  detail: string
}

const connect = (url: string, timeoutMs: number) =>
  createClient({
    url,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: () => 1_000 },
  }).on('error', () => {})

let client: ReturnType<typeof connect> | undefined

/** Is the shared cache reachable? One small connection of its own, kept between checks. */
export async function checkRedis(url: string, timeoutMs = 1_000): Promise<Check> {
  client ??= connect(url, timeoutMs)
  try {
    if (!client.isOpen) await withTimeout(client.connect(), timeoutMs)
    await withTimeout(client.ping(), timeoutMs)
    return { ok: true, detail: 'reachable' }
  } catch (error) {
    // The error's code only: its message may name hosts.
    const { code, message } = error as { code?: string; message: string }
    return {
      ok: false,
      detail: message.startsWith('no answer') ? message : `unreachable (${code ?? 'error'})`,
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])
}

/**
 * What the site needs to serve: its process (answering at all) and, when configured, the shared
 * cache. The CMS is not a condition: cached pages are still served while it is down, and taking
 * every site instance out of the load balancer because of it would turn an outage into a total one.
 */
export async function siteHealth(): Promise<{ ok: boolean; checks: Record<string, Check> }> {
  const checks: Record<string, Check> = { process: { ok: true, detail: `pid ${process.pid}` } }
  if (env.REDIS_URL) checks.redis = await checkRedis(env.REDIS_URL)
  return { ok: Object.values(checks).every((check) => check.ok), checks }
}
