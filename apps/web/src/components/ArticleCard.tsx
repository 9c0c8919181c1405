import type { ArticleCard as ArticleCardData } from '@sok/content'
import Link from 'next/link'

import { formatDate } from '@/lib/format'

export function ArticleCard({ article }: { article: ArticleCardData }) {
  return (
    <article className="card">
      <h3>
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </h3>
      {article.publishedAt && (
        <p className="meta">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      )}
      {article.summary && <p>{article.summary}</p>}
    </article>
  )
}
