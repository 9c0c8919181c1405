import type { ArticleCard as ArticleCardData } from '@sok/content'
import Link from 'next/link'

import { formatDate } from '@/lib/format'
import { sizedImage } from '@/lib/media'
import { populated } from '@/lib/populated'

import { CmsImage } from './CmsImage'

interface Props {
  article: ArticleCardData
  /** The heading level that fits where the card is shown. */
  headingLevel?: 2 | 3
}

export function ArticleCard({ article, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const
  const image = sizedImage(article.heroImage, 'card')
  const category = populated(article.category)
  return (
    <article className="card">
      {image && (
        <CmsImage
          image={image}
          sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
          className="card-image"
          decorative
        />
      )}
      <div className="card-body">
        {category && <p className="eyebrow">{category.title}</p>}
        <Heading className="card-title">
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
        </Heading>
        {article.publishedAt && (
          <p className="meta">
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          </p>
        )}
        {article.summary && <p className="card-summary">{article.summary}</p>}
      </div>
    </article>
  )
}
