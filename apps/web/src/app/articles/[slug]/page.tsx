import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { RichText } from '@/components/RichText'
import { env } from '@/env'
import { content } from '@/lib/content'
import { formatDate } from '@/lib/format'

interface Props {
  params: Promise<{ slug: string }>
}

// generateMetadata and the page ask for the same article; one request serves both.
const articleBySlug = cache((slug: string) => content.articleBySlug(slug))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleBySlug((await params).slug)
  if (!article) return { title: 'Article not found' }
  return {
    title: article.title,
    description: article.summary ?? undefined,
    alternates: { canonical: `/articles/${article.slug}` },
  }
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleBySlug((await params).slug)
  if (!article) notFound()

  return (
    <article className="article">
      <header>
        <h1>{article.title}</h1>
        <p className="meta">
          {article.publishedAt && (
            <>
              Published{' '}
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </>
          )}
          {article.updatedAt && article.updatedAt !== article.publishedAt && (
            <>
              {' · '}Updated{' '}
              <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
            </>
          )}
        </p>
        {article.summary && <p className="lead">{article.summary}</p>}
      </header>
      <div className="prose">
        <RichText value={article.body} siteOrigin={new URL(env.SITE_URL).origin} />
      </div>
    </article>
  )
}
