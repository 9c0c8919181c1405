import 'server-only'

import type { CategorySummary } from '@sok/content'

import { readerUpdate } from './article-dates'
import { content } from './content'
import { rssFeed } from './feed'
import { populated, populatedList } from './populated'
import { absoluteUrl, getSiteSettings } from './site'

/** The site's feed, or one category's: published articles only, newest first. */
export async function articleFeed({ category }: { category?: CategorySummary } = {}) {
  const [settings, articles] = await Promise.all([
    getSiteSettings(),
    content.articleListing({ categorySlug: category?.slug ?? undefined, limit: 50 }),
  ])
  const path = category ? `/categories/${category.slug}` : '/'
  return rssFeed({
    title: category ? `${category.title} · ${settings.siteName}` : settings.siteName,
    description: (category ? category.description : settings.tagline) ?? settings.siteName,
    link: absoluteUrl(path),
    self: absoluteUrl(category ? `${path}/feed.xml` : '/feed.xml'),
    items: articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(`/articles/${article.slug}`),
      description: article.summary,
      publishedAt: article.publishedAt,
      updatedAt: readerUpdate(article),
      category: populated(article.category)?.title,
      authors: populatedList(article.authors).map((author) => author.name),
    })),
  })
}
