import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { ArticleView, articleMetadata } from '@/app/articles/[slug]/article-view'
import { previewedArticle } from '@/lib/preview'

interface Props {
  params: Promise<{ slug: string }>
}

// An editor's view of the latest draft: read with the signed token on every request, never cached.
export const dynamic = 'force-dynamic'

const draftBySlug = cache((slug: string) => previewedArticle(slug))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = await draftBySlug((await params).slug)
  const robots = { index: false, follow: false }
  if (!draft) return { title: 'Preview not available', robots }
  return { ...(await articleMetadata(draft)), robots }
}

/** Without a valid preview token for this article, there is nothing to see: 404. */
export default async function ArticlePreviewPage({ params }: Props) {
  const draft = await draftBySlug((await params).slug)
  if (!draft) notFound()
  return <ArticleView article={draft} preview />
}
