import { PREVIEW_COOKIE } from '@sok/content/preview'
import { cookies } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { PREVIEW_PATH } from '@/lib/preview'
import { safeReturnPath } from '@/lib/safe-url'

/** Leaves preview: back to the public page, as every reader sees it. */
export async function GET(request: NextRequest) {
  ;(await cookies()).delete({ name: PREVIEW_COOKIE, path: PREVIEW_PATH })
  const path = safeReturnPath(request.nextUrl.searchParams.get('path'))
  return NextResponse.redirect(new URL(path, request.nextUrl.origin), 307)
}
