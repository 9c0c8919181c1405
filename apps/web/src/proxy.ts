import { pagePolicyHeaders } from '@sok/content/security-headers'
import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/env'
import { contentSecurityPolicy, isCachedPage, newNonce } from '@/lib/security-headers'

const cmsOrigin = new URL(env.CMS_PUBLIC_URL).origin
const https = new URL(env.SITE_URL).protocol === 'https:'

/**
 * Sets each page's Content-Security-Policy at request time (the CMS's address is only known
 * then). A page rendered per request gets a fresh nonce, which Next reads from the request's
 * policy and stamps on its scripts; a cached article or author page gets the nonce-free policy.
 */
export function proxy(request: NextRequest) {
  const nonce = isCachedPage(request.nextUrl.pathname) ? undefined : newNonce()
  const policy = contentSecurityPolicy({
    cmsOrigin,
    nonce,
    development: !env.production,
    https,
  })
  const headers = pagePolicyHeaders(request.headers, policy, { nonced: nonce !== undefined })
  return NextResponse.next({ request: { headers: headers.request }, headers: headers.response })
}

export const config = {
  matcher: [
    {
      // Pages only: API answers, built files and images get their headers from next.config.
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
}
