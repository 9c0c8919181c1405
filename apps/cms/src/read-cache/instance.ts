import { env } from '@/env'

import { ReadCacheStore } from './store'

const globalStore = globalThis as typeof globalThis & { __sokReadCache?: ReadCacheStore }

/** One store per process, shared by the REST and GraphQL routes. */
export function readCacheStore(): ReadCacheStore {
  globalStore.__sokReadCache ??= new ReadCacheStore({
    maxBytes: env.READ_CACHE_MB * 1024 * 1024,
    maxEntryBytes: 2 * 1024 * 1024,
    ttlMs: 10 * 60 * 1000,
  })
  return globalStore.__sokReadCache
}
