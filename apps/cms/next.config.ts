import { withPayload } from '@payloadcms/next/withPayload'
import { appNextConfig } from '@sok/content/next-config'

import {
  API_CONTENT_SECURITY_POLICY,
  staticSecurityHeaders,
  UPLOAD_CONTENT_SECURITY_POLICY,
} from './src/security/headers'

// The admin's Content-Security-Policy carries a nonce per request: src/proxy.ts sets it.
const nextConfig = appNextConfig(
  {},
  {
    everywhere: staticSecurityHeaders({ production: process.env.NODE_ENV === 'production' }),
    rules: [
      {
        // The GraphQL playground (development only) is a page of its own, left out.
        source: '/api/:path((?!graphql-playground).*)',
        headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }],
      },
      {
        source: '/api/:collection/file/:path*',
        headers: [{ key: 'Content-Security-Policy', value: UPLOAD_CONTENT_SECURITY_POLICY }],
      },
    ],
  },
  process.env.ALLOWED_DEV_HOSTS,
)

export default withPayload(nextConfig, { devBundleServerPackages: false })
