import type { MetadataRoute } from 'next'

import { content } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

export const dynamic = 'force-dynamic'

/** Published articles, categories and authors, each with when it last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, categories, authors] = await Promise.all([
    content.articleListing({ limit: 1000 }),
    content.categories(),
    content.authors(),
  ])
  const newest = articles[0]?.updatedAt
  return [
    { url: absoluteUrl('/'), ...(newest ? { lastModified: newest } : {}), priority: 1 },
    { url: absoluteUrl('/faq') },
    ...articles.map((article) => ({
      url: absoluteUrl(`/articles/${article.slug}`),
      lastModified: article.updatedAt,
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
  ]
}
