import type { CollectionConfig } from 'payload'

import { collectionAccess } from '@/access'

/**
 * Counters for the sign-up rate limits, in Postgres so every CMS instance shares them. Keys are
 * keyed hashes ("ip:…", "email:…"): no address or IP is stored in clear. Not shown in the admin.
 */
export const NewsletterRateLimits: CollectionConfig = {
  slug: 'newsletter-rate-limits',
  admin: { hidden: true },
  access: collectionAccess('newsletter-rate-limits'),
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'windowStart', type: 'date', required: true, index: true },
    { name: 'hits', type: 'number', required: true },
  ],
}
