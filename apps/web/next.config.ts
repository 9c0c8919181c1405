import { fileURLToPath } from 'node:url'

import { allowedDevOrigins } from '@sok/content/dev-origins'
import type { NextConfig } from 'next'

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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages opened through 127.0.0.1 (or ALLOWED_DEV_HOSTS) keep their hot-reload connection
  // instead of retrying it and reloading themselves every few seconds.
  allowedDevOrigins: allowedDevOrigins(process.env.ALLOWED_DEV_HOSTS),
  // The shared package exports TypeScript source, so Next compiles it with the app.
  transpilePackages: ['@sok/content'],
  images: {
    // The CMS already serves each image resized to the sizes the site shows (card, hero, social,
    // as WebP) with their width and height, so the site links them as they are. Optimising them
    // again would re-encode WebP on a small server and need the CMS's address at build time
    // (remotePatterns), while one build serves several deployments with different CMS_PUBLIC_URLs.
    unoptimized: true,
  },
  ...sharedCache,
  // Headers that do not depend on the deployment's addresses; pages' Content-Security-Policy
  // needs the CMS's address, so src/proxy.ts sets it at request time.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' }),
      },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
      },
    ]
  },
}

export default nextConfig
