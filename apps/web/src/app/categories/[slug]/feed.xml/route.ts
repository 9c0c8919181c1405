import { articleFeed } from '@/lib/article-feed'
import { feedResponse } from '@/lib/feed'
import { categoryBySlug } from '@/lib/known-content'

export const dynamic = 'force-dynamic'

/** The RSS feed of one category's published articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const category = await categoryBySlug(slug)
  if (!category) return new Response('No such category.', { status: 404 })
  return feedResponse(await articleFeed({ category }))
}
