import type { ArticleCard as ArticleCardData } from '@sok/content'

import { ArticleCard } from './ArticleCard'

export function CardList({
  articles,
  headingLevel,
}: {
  articles: ArticleCardData[]
  headingLevel?: 2 | 3
}) {
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}

/** Placeholder cards while a list streams in; hidden from assistive technology. */
export function CardListSkeleton({ count = 3 }: { count?: number }) {
  return (
    <div className="card-list" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="card skeleton" />
      ))}
    </div>
  )
}
