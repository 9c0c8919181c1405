import { withPayload } from '@payloadcms/next/withPayload'
import { allowedDevOrigins } from '@sok/content/dev-origins'
import type { NextConfig } from 'next'

import {
  API_CONTENT_SECURITY_POLICY,
  staticSecurityHeaders,
  UPLOAD_CONTENT_SECURITY_POLICY,
} from './src/security/headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages opened through 127.0.0.1 (or ALLOWED_DEV_HOSTS) keep their hot-reload connection
  // instead of retrying it and reloading themselves every few seconds.
  allowedDevOrigins: allowedDevOrigins(process.env.ALLOWED_DEV_HOSTS),
  // The shared package exports TypeScript source, so Next compiles it with the app.
  transpilePackages: ['@sok/content'],
  // The admin's Content-Security-Policy carries a nonce per request: src/proxy.ts sets it.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' }),
      },
      {
        // The GraphQL playground (development only) is a page of its own, left out.
        source: '/api/:path((?!graphql-playground).*)',
        headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
      },
      {
        source: '/api/:collection/file/:path*',
        headers: [{ key: 'Content-Security-Policy', value: UPLOAD_CONTENT_SECURITY_POLICY }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
