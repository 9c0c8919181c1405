import type { Metadata } from 'next'
import { cache } from 'react'

import { content } from '@/lib/content'
import { isPublishedArticle } from '@/lib/known-content'
import { redirectOrNotFound } from '@/lib/redirects'

import { ArticleView, articleMetadata } from './article-view'

interface Props {
  params: Promise<{ slug: string }>
}

// Rendered on first request, then served from the cache until the CMS says it changed. Drafts
// are never shown here: an editor's preview has its own uncached route, /preview/articles/<slug>.
export function generateStaticParams() {
  return []
}

// generateMetadata and the page ask for the same article; one request serves both. An unknown
// slug is answered from the cached list of published slugs, without a CMS read of its own.
const articleBySlug = cache(async (slug: string) =>
  (await isPublishedArticle(slug)) ? content.articleBySlug(slug) : null,
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  if (!article) return { title: 'Article not found' }
  return articleMetadata(article)
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  // Awaited before anything renders, so an unknown or draft slug answers a real 404.
  const article = await articleBySlug(slug)
  if (!article) return redirectOrNotFound(`/articles/${slug}`)
  return <ArticleView article={article} />
}
