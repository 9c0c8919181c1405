/**
 * The site's shared cache, used only when REDIS_URL is set (next.config.ts): every site instance
 * reads and writes the same Redis, so a tag that one instance expires is expired for all of them.
 * Next loads this file itself at start-up, as plain JavaScript, which is why it reads REDIS_URL
 * directly; src/env.ts has already refused a malformed value by the time a page renders.
 *
 * If Redis is unreachable the handler answers "not cached": pages are rendered from the CMS on
 * every request instead of failing, and /api/health reports the outage.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

const KEY_PREFIX = 'sok:web:'

function redisHandler(url) {
  const client = createClient({
    url,
    pingInterval: 10_000,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  // One line per outage, not one per reconnection attempt.
  let down = false
  client.on('error', (error) => {
    if (down) return
    down = true
    console.error(`Shared cache: Redis is unreachable (${error.message}); rendering uncached.`)
  })
  client.on('ready', () => {
    if (down) console.log('Shared cache: Redis is back.')
    down = false
  })
  // Not awaited: a site whose Redis is down still starts and serves.
  client.connect().catch(() => {})
  return createRedisHandler({ client, keyPrefix: KEY_PREFIX, timeoutMs: 1_000 })
}

CacheHandler.onCreation(() => {
  // `next build` needs no shared cache (and may run where Redis is not reachable).
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  const url = process.env.REDIS_URL
  return { handlers: [building || !url ? createLruHandler() : redisHandler(url)] }
})

export default CacheHandler
