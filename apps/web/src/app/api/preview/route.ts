import { PREVIEW_COOKIE, verifyPreviewToken } from '@sok/content/preview'
import { cookies } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { env } from '@/env'
import { PREVIEW_PATH, previewPath } from '@/lib/preview'

/**
 * Opened by the admin's Preview button and Live Preview pane. A valid token is kept in an
 * httpOnly cookie, sent only to the preview pages, which is what lets them ask the CMS for that
 * one draft; public pages never see it and stay cached.
 *
 * Not Next's draft mode: its cookie has one name for every Next app, so where the CMS and the site
 * share a host name (localhost in development and tests) each clears the other's, and the preview
 * fell back to the published page as soon as it loaded an image from the CMS.
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
  ;(await cookies()).set(PREVIEW_COOKIE, token!, {
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy the request arrives over http: production decides, not it.
    secure: env.production,
    path: PREVIEW_PATH,
    expires: new Date(claims.exp * 1000),
  })
  return NextResponse.redirect(new URL(previewPath(claims.slug), request.nextUrl.origin), 307)
}
