import { type NextRequest, NextResponse } from 'next/server'

import { clientIpOf, forwardToCms } from '@/lib/newsletter/forward'

/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL from
 * the List-Unsubscribe header, which carries the token.
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token') ?? ''
  const result = await forwardToCms('unsubscribe', { token }, clientIpOf(request.headers))
  return NextResponse.json(result.body, { status: result.status })
}
