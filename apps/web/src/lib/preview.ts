import 'server-only'

import type { Article } from '@sok/content'
import { PREVIEW_COOKIE, verifyPreviewToken } from '@sok/content/preview'
import { cookies, draftMode } from 'next/headers'

import { env } from '@/env'

import { content } from './content'

/**
 * The draft an editor is previewing, when this request is in draft mode with a valid token for
 * this slug; otherwise null, and the page shows what every reader sees. Cookies are read only in
 * draft mode, so public pages stay cacheable.
 */
export async function previewedArticle(slug: string): Promise<Article | null> {
  if (!(await draftMode()).isEnabled) return null
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value
  const claims = verifyPreviewToken(token, env.REVALIDATE_SECRET)
  if (!claims || claims.slug !== slug) return null
  return content.articleDraft(token!)
}
