import type { Article } from '@sok/content/payload-types'
import {
  PREVIEW_TTL_SECONDS,
  signPreviewToken,
  stableExpiry,
  verifyPreviewToken,
} from '@sok/content/preview'
import type { CollectionConfig, Endpoint } from 'payload'

import { audienceOf } from '@/access'
import { env } from '@/env'

type LivePreviewConfig = NonNullable<NonNullable<CollectionConfig['admin']>['livePreview']>

/** The site's /api/preview link for one article, signed until `exp` (seconds since the epoch). */
function sitePreviewLink(id: number, slug: string, exp: number): string {
  const token = signPreviewToken({ collection: 'articles', id, slug, exp }, env.REVALIDATE_SECRET)
  return `${env.WEB_PUBLIC_URL.replace(/\/+$/, '')}/api/preview?token=${encodeURIComponent(token)}`
}

/**
 * The id and slug of the document Payload hands the preview functions. Its config types give the
 * document as a plain record (they are not generic over the collection), so read the two fields
 * by their types instead of casting to Article.
 */
function idAndSlug(doc: Record<string, unknown>): { id?: number; slug?: string } {
  return {
    id: typeof doc.id === 'number' ? doc.id : undefined,
    slug: typeof doc.slug === 'string' ? doc.slug : undefined,
  }
}

/**
 * The admin's Preview button: a link to the real site that opens this article's latest draft,
 * signed for an hour. Only signed-in users see the button, and only for documents they can read.
 */
export const previewUrl: NonNullable<NonNullable<CollectionConfig['admin']>['preview']> = (
  doc,
  { req },
) => {
  const { id, slug } = idAndSlug(doc)
  if (!id || !slug || audienceOf(req) === 'anonymous') return null
  return sitePreviewLink(id, slug, Math.floor(Date.now() / 1000) + PREVIEW_TTL_SECONDS)
}

/**
 * The side-by-side Live Preview: the same signed link, shown in the admin's preview pane. The
 * admin asks for the URL again after every save (autosave included) and reloads the pane when it
 * changes, so the expiry is rounded to a whole period: the URL stays the same while the editor
 * types, the pane refreshes in place (the site re-renders the draft on each save), and the token
 * is renewed, with a reload, at most once a period. It is valid for one to two periods.
 */
export const livePreviewUrl: NonNullable<LivePreviewConfig['url']> = ({ data, req }) => {
  const { id, slug } = idAndSlug(data)
  if (!id || !slug || audienceOf(req) === 'anonymous') return null
  return sitePreviewLink(id, slug, stableExpiry())
}

/** The pane's sizes; Payload adds "Responsive" (the pane's own width). */
export const livePreviewBreakpoints: LivePreviewConfig['breakpoints'] = [
  { name: 'phone', label: 'Phone', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
]

/**
 * GET /api/articles/preview-draft?token=… — the site's only way to read an unpublished draft:
 * the signed token names the one article it may see. Only that article is read with the server's
 * authority; what it links to (related articles, bylines, images, FAQs) is populated as an
 * anonymous reader would see it, so another draft or a user account never leaves the CMS.
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
        depth: 0,
        overrideAccess: true,
      })
      .catch(() => null)
    if (!draft) return Response.json({ message: 'This article no longer exists.' }, { status: 404 })
    const content: Partial<Article> = { ...draft }
    delete content.owner
    // `data` runs the read hooks and population on this document instead of a database row.
    const populated = await req.payload.findByID({
      collection: 'articles',
      id: claims.id,
      data: content,
      depth: 2,
      overrideAccess: false,
    })
    return Response.json(withoutUnreadableLinks(populated), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}

/** Relations the anonymous reader could not read stay bare ids: leave them out altogether. */
function withoutUnreadableLinks(article: Article): Article {
  const populatedOnly = <T>(values: (number | T)[] | null | undefined) =>
    values?.filter((value): value is T => typeof value === 'object' && value !== null)
  const populatedOrNull = <T>(value: number | T | null | undefined) =>
    typeof value === 'object' ? value : null
  return {
    ...article,
    heroImage: populatedOrNull(article.heroImage),
    // Required, so typed never empty; the site reads it through `populated()`, which takes null
    // (an unreadable category) as none.
    category: populatedOrNull(article.category) as Article['category'],
    authors: populatedOnly(article.authors) ?? [],
    medicalReviewer: populatedOrNull(article.medicalReviewer),
    relatedArticles: populatedOnly(article.relatedArticles),
    faqs: populatedOnly(article.faqs),
    meta: article.meta && { ...article.meta, image: populatedOrNull(article.meta.image) },
  }
}
