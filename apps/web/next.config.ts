import { fileURLToPath } from 'node:url'

import { appNextConfig } from '@sok/content/next-config'

import { API_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from './src/lib/security-headers'

/**
 * With REDIS_URL, the site's cache (pages and CMS answers) lives in Redis and is shared by every
 * site instance; without it, Next's own cache on this machine's disk, as on a laptop. Next reads
 * this file again when the server starts, so the same build serves either way.
 */
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
      // Each instance keeping its own copy in memory would bring back the per-instance staleness.
      cacheMaxMemorySize: 0,
    }
  : {}

// Headers that do not depend on the deployment's addresses; pages' Content-Security-Policy needs
// the CMS's address, so src/proxy.ts sets it at request time.
const nextConfig = appNextConfig(
  {
    images: {
      // The CMS already serves each image resized to the sizes the site shows (card, hero,
      // social, as WebP) with their width and height, so the site links them as they are.
      // Optimising them again would re-encode WebP on a small server and need the CMS's address
      // at build time (remotePatterns), while one build serves several deployments with
      // different CMS_PUBLIC_URLs.
      unoptimized: true,
    },
    ...sharedCache,
  },
  {
    everywhere: staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' }),
    rules: [
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
      },
    ],
  },
  process.env.ALLOWED_DEV_HOSTS,
)

export default nextConfig
