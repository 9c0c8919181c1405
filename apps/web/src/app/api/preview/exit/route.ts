import { PREVIEW_COOKIE } from '@sok/content/preview'
import { cookies, draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { safeReturnPath } from '@/lib/safe-url'

/** Leaves preview: back to the public page, as every reader sees it. */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PREVIEW_COOKIE)
  const path = safeReturnPath(request.nextUrl.searchParams.get('path'))
  return NextResponse.redirect(new URL(path, request.nextUrl.origin), 307)
}
