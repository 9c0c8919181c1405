import { type NextRequest, NextResponse } from 'next/server'

import { env } from './env'
import { adminContentSecurityPolicy, newNonce } from './security/headers'

const siteOrigin = new URL(env.WEB_PUBLIC_URL).origin

/**
 * Gives each admin page a fresh nonce in its Content-Security-Policy. Next reads the nonce from
 * the request's policy and stamps it on every script it renders.
 */
export function proxy(request: NextRequest) {
  const policy = adminContentSecurityPolicy({
    nonce: newNonce(),
    siteOrigin,
    development: !env.production,
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      // Pages only: API answers and uploaded files get their headers from next.config.
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
