import { pagePolicyHeaders } from '@sok/content/security-headers'
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
  const headers = pagePolicyHeaders(request.headers, policy, { nonced: true })
  return NextResponse.next({ request: { headers: headers.request }, headers: headers.response })
}

export const config = {
  // Pages only: API answers and uploaded files get their headers from next.config. Prefetches
  // are not left out as on the site: the admin's links do not prefetch (Payload turns it off).
  matcher: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
}
