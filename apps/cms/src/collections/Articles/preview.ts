import { PREVIEW_TTL_SECONDS, signPreviewToken, verifyPreviewToken } from '@sok/content/preview'
import type { CollectionConfig, Endpoint } from 'payload'

import { audienceOf } from '@/access'
import { env } from '@/env'

/**
 * The admin's Preview button: a link to the real site that opens this article's latest draft,
 * signed for an hour. Only signed-in users see the button, and only for documents they can read.
 */
export const previewUrl: NonNullable<NonNullable<CollectionConfig['admin']>['preview']> = (
  doc,
  { req },
) => {
  const { id, slug } = doc as { id?: number; slug?: string | null }
  if (!id || !slug || audienceOf(req) === 'anonymous') return null
  const token = signPreviewToken(
    { collection: 'articles', id, slug, exp: Math.floor(Date.now() / 1000) + PREVIEW_TTL_SECONDS },
    env.REVALIDATE_SECRET,
  )
  return `${env.WEB_PUBLIC_URL.replace(/\/+$/, '')}/api/preview?token=${encodeURIComponent(token)}`
}

/**
 * GET /api/articles/preview-draft?token=… — the site's only way to read an unpublished draft:
 * the signed token names the one article it may see.
 */
export const previewDraftEndpoint: Endpoint = {
  path: '/preview-draft',
  method: 'get',
  handler: async (req) => {
    const claims = verifyPreviewToken(req.searchParams.get('token'), env.REVALIDATE_SECRET)
    if (!claims) {
      return Response.json(
        { message: 'This preview link is not valid or has expired.' },
        { status: 401 },
      )
    }
    const draft = await req.payload
      .findByID({
        collection: 'articles',
        id: claims.id,
        draft: true,
        depth: 2,
        overrideAccess: true,
      })
      .catch(() => null)
    if (!draft) return Response.json({ message: 'This article no longer exists.' }, { status: 404 })
    return Response.json(draft, { headers: { 'Cache-Control': 'no-store' } })
  },
}
