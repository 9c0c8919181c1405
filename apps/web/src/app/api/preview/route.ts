import { PREVIEW_COOKIE, verifyPreviewToken } from '@sok/content/preview'
import { cookies, draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/env'

/**
 * Opened by the admin's Preview button. A valid token switches on Next's draft mode for this
 * browser (pages are then rendered fresh, never from or into the cache) and keeps the token in an
 * httpOnly cookie, which is what lets the article page ask the CMS for that one draft.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token')
  const claims = verifyPreviewToken(token, env.REVALIDATE_SECRET)
  if (!claims) {
    return new NextResponse(
      'This preview link is not valid or has expired. Open the preview again from the admin.',
      { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
    )
  }
  ;(await draftMode()).enable()
  ;(await cookies()).set(PREVIEW_COOKIE, token!, {
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy the request arrives over http: production decides, not it.
    secure: env.production,
    path: '/',
    expires: new Date(claims.exp * 1000),
  })
  return NextResponse.redirect(
    new URL(`/articles/${encodeURIComponent(claims.slug)}`, request.nextUrl.origin),
    307,
  )
}
