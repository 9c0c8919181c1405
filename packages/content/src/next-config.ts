import type { NextConfig } from 'next'

import { allowedDevOrigins } from './dev-origins'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/**
 * The next.config both apps share, around each app's own settings: no X-Powered-By header, hot
 * reload through 127.0.0.1 and ALLOWED_DEV_HOSTS (see dev-origins.ts), this package compiled with
 * the app (it exports TypeScript source), and `everywhere` sent on every answer before the app's
 * own header rules. `devHosts` is ALLOWED_DEV_HOSTS, which next.config reads before the app's env.
 */
export function appNextConfig(
  config: NextConfig,
  headers: { everywhere: { key: string; value: string }[]; rules: HeaderRule[] },
  devHosts: string | undefined,
): NextConfig {
  return {
    poweredByHeader: false,
    allowedDevOrigins: allowedDevOrigins(devHosts),
    transpilePackages: ['@sok/content'],
    ...config,
    async headers() {
      return [{ source: '/:path*', headers: headers.everywhere }, ...headers.rules]
    },
  }
}
