import { NextResponse } from 'next/server'

import { siteHealth } from '@/lib/health'

export const dynamic = 'force-dynamic'

/** For load balancers and orchestrators: 200 when this instance can serve, 503 (and why) when not. */
export async function GET() {
  const health = await siteHealth()
  return NextResponse.json(
    { status: health.ok ? 'ok' : 'unavailable', checks: health.checks },
    { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
