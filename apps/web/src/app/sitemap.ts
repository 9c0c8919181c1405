import { contentTypeSitemap } from '@sok/content'
import type { MetadataRoute } from 'next'

import { contentModifiedAt } from '@/lib/article-dates'
import { content } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

export const dynamic = 'force-dynamic'

/**
 * Published articles, categories, authors and the registered content types' pages, each with when it last changed; for articles, when
 * their content last changed as editors claim it, not every save.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, categories, authors, registered] = await Promise.all([
    content.articleListing({ limit: 1000 }),
    content.categories(),
    content.authors(),
    // The pages of the content types that declare a `sitemap` (e.g. the glossary).
    contentTypeSitemap(content),
  ])
  const newest = articles
    .map(contentModifiedAt)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)
  return [
    { url: absoluteUrl('/'), ...(newest ? { lastModified: newest } : {}), priority: 1 },
    { url: absoluteUrl('/faq') },
    ...articles.map((article) => ({
      url: absoluteUrl(`/articles/${article.slug}`),
      ...(contentModifiedAt(article) ? { lastModified: contentModifiedAt(article) } : {}),
      priority: 0.8,
    })),
    ...categories.map((category) => ({
      url: absoluteUrl(`/categories/${category.slug}`),
      lastModified: category.updatedAt,
    })),
    ...authors.map((author) => ({
      url: absoluteUrl(`/authors/${author.slug}`),
      lastModified: author.updatedAt,
    })),
    ...registered.map(({ path, lastModified }) => ({
      url: absoluteUrl(path),
      ...(lastModified ? { lastModified } : {}),
    })),
  ]
}
