import { REVALIDATE_SECRET_HEADER, REVALIDATE_TAG_PATTERN } from '@sok/content/revalidation'
import { sameSecret } from '@sok/content/secrets'
import { revalidateTag } from 'next/cache'
import { after, type NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'

import { env } from '@/env'

const body = z
  .object({ tags: z.array(z.string().regex(REVALIDATE_TAG_PATTERN)).min(1).max(100) })
  .strict()

/**
 * Next dates a cached page by when its render finished, not by when it read its data. A render
 * that read the old content just before the tags expired, and finished just after, is saved as
 * new: a just-published article could answer its first reader's 404 for the next hour. So the
 * tags expire once more when such renders are done; renders take well under this unless the CMS
 * is failing (and the site gives up on a CMS answer after 5 s in production). An entry from
 * before the change then lives a few seconds at most.
 */
const EXPIRE_AGAIN_AFTER_MS = 5_000

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
  const { tags } = parsed.data
  const expire = () => {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  }
  expire()
  // Tags expired inside after() take effect when its callbacks end: one later pass per call.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, EXPIRE_AGAIN_AFTER_MS))
    expire()
  })
  return NextResponse.json({ ok: true, revalidated: tags })
}
