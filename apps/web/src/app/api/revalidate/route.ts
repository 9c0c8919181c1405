import { REVALIDATE_SECRET_HEADER, REVALIDATE_TAG_PATTERN } from '@sok/content/revalidation'
import { sameSecret } from '@sok/content/secrets'
import { revalidateTag } from 'next/cache'
import { type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'

import { env } from '@/env'

const body = z
  .object({ tags: z.array(z.string().regex(REVALIDATE_TAG_PATTERN)).min(1).max(100) })
  .strict()

/**
 * The CMS calls this after a change has committed, naming the cache tags it made stale. Those
 * entries expire at once, so the next visitor gets the new content; nothing else is rebuilt.
 */
export async function POST(request: NextRequest) {
  if (!sameSecret(request.headers.get(REVALIDATE_SECRET_HEADER), env.REVALIDATE_SECRET)) {
    return NextResponse.json({ ok: false, message: 'Not allowed.' }, { status: 401 })
  }
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success) {
    return NextResponse.json(
      { ok: false, message: 'Send {"tags": [...]} with 1 to 100 cache tags.' },
      { status: 400 },
    )
  }
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ ok: true, revalidated: parsed.data.tags })
}
