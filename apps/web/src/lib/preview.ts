import 'server-only'

import type { Article } from '@sok/content'
import { PREVIEW_COOKIE, verifyPreviewToken } from '@sok/content/preview'
import { cookies } from 'next/headers'

import { env } from '@/env'

import { content } from './content'

/** Where an article's draft is shown; only requests under it carry the preview cookie. */
export const PREVIEW_PATH = '/preview'
export const previewPath = (slug: string) => `${PREVIEW_PATH}/articles/${slug}`

/** The admin's origin: the only sender whose "saved" messages refresh a preview. */
export const cmsOrigin = new URL(env.CMS_PUBLIC_URL).origin

/**
 * The draft an editor is previewing: the latest draft of this slug's article, read from the CMS
 * with the signed token in this browser's preview cookie. Null without a valid token for this
 * slug. Only the preview route calls it; public pages never read cookies and stay cached.
 */
export async function previewedArticle(slug: string): Promise<Article | null> {
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value
  const claims = verifyPreviewToken(token, env.REVALIDATE_SECRET)
  if (!claims || claims.slug !== slug) return null
  return content.articleDraft(token!)
}
