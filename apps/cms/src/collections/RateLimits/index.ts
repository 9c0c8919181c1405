import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'

/**
 * Counters for rate limits (newsletter sign-ups per IP and per address, sign-in attempts per IP),
 * in Postgres so every CMS instance shares them. Keys are keyed hashes ("ip:…", "email:…",
 * "login-ip:…"): no address or IP is stored in clear. Written only through `@/rate-limit`, with
 * the server's authority; not shown in the admin.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  admin: { hidden: true },
  access: collectionAccess('rate-limits'),
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'windowStart', type: 'date', required: true, index: true },
    { name: 'hits', type: 'number', required: true },
  ],
}
