import type { ArticleCard } from '@sok/content'

import { CardList } from '@/components/CardList'
import { content } from '@/lib/content'
import { populatedList } from '@/lib/populated'

/** The editor's chosen related articles, else the latest in the same category. */
export async function RelatedArticles({
  articleId,
  chosen,
  categorySlug,
}: {
  articleId: number
  chosen: (number | ArticleCard)[] | null | undefined
  categorySlug?: string | null
}) {
  // A chosen article that is not published arrives as a bare id and is left out.
  let related = populatedList(chosen)
  if (related.length === 0 && categorySlug) {
    const latest = await content.latestArticles({
      categorySlug,
      excludeIds: [articleId],
      limit: 3,
    })
    related = latest.docs
  }
  if (related.length === 0) return null
  return (
    <section aria-labelledby="related-heading" className="related">
      <h2 id="related-heading">Related articles</h2>
      <CardList articles={related} />
    </section>
  )
}

export async function LatestArticlesSection({ excludeIds }: { excludeIds: number[] }) {
  const latest = await content.latestArticles({ excludeIds, limit: 3 })
  if (latest.docs.length === 0) return null
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">Latest articles</h2>
      <CardList articles={latest.docs} />
    </section>
  )
}
