import type { ArticleCard as ArticleCardData, SearchCategory } from '@sok/content'
import Link from 'next/link'

import { formatDate } from '@/lib/format'
import { sizedImage } from '@/lib/media'
import { populated } from '@/lib/populated'

import { CmsImage } from './CmsImage'

/**
 * Where the article is shown: a card in a list, the home page's featured article (its image is
 * preloaded: it is the largest thing above the fold), or a hit in the search results (no image;
 * the list item around it is the search's).
 */
export type ArticleCardVariant = 'card' | 'featured' | 'result'

const variants = {
  card: {
    root: 'card',
    body: 'card-body',
    title: 'card-title',
    summary: 'card-summary',
    image: {
      className: 'card-image',
      sizes: '(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw',
      preload: false,
    },
  },
  featured: {
    root: 'featured-card',
    body: 'featured-body',
    title: 'featured-title',
    summary: undefined,
    image: { className: 'featured-image', sizes: '(min-width: 72rem) 38rem, 100vw', preload: true },
  },
  result: { root: null, body: null, title: undefined, summary: undefined, image: null },
} as const

interface Props {
  /** A card of a list, or a search hit (whose category comes as title and slug, and no image). */
  article: Pick<ArticleCardData, 'title' | 'slug' | 'publishedAt'> & {
    summary?: string | null
    category?: ArticleCardData['category'] | SearchCategory | null
    heroImage?: ArticleCardData['heroImage']
  }
  variant?: ArticleCardVariant
  /** The heading level that fits where the card is shown. */
  headingLevel?: 2 | 3
}

/** An article's category, linked title, date and summary, as lists, the home page and search show it. */
export function ArticleCard({ article, variant = 'card', headingLevel = 3 }: Props) {
  const look = variants[variant]
  const Heading = `h${headingLevel}` as const
  const image = look.image && sizedImage(article.heroImage, 'card')
  const category = populated(article.category)
  const body = (
    <>
      {category && <p className="eyebrow">{category.title}</p>}
      <Heading className={look.title}>
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </Heading>
      {article.publishedAt && (
        <p className="meta">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      )}
      {article.summary && <p className={look.summary}>{article.summary}</p>}
    </>
  )
  if (!look.root) return body
  return (
    <article className={look.root}>
      {look.image && image && (
        <CmsImage
          image={image}
          sizes={look.image.sizes}
          className={look.image.className}
          preload={look.image.preload}
          decorative
        />
      )}
      <div className={look.body}>{body}</div>
    </article>
  )
}
