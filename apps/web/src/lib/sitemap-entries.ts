import 'server-only'

import { content } from './content'
import { absoluteUrl } from './site'
import { ARTICLES_PER_SITEMAP, type SitemapEntry } from './sitemap'

/** Home, FAQ, every category and every author. */
export async function pageEntries(newest?: string | null): Promise<SitemapEntry[]> {
  const [categories, authors] = await Promise.all([content.categories(), content.authors()])
  return [
    { url: absoluteUrl('/'), lastModified: newest, priority: 1 },
    { url: absoluteUrl('/faq') },
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

/** One file's worth of published articles, newest first (file 1 holds the newest). */
export async function articleEntries(file: number) {
  const page = await content.articleSitemap({ page: file, limit: ARTICLES_PER_SITEMAP })
  return {
    totalDocs: page.totalDocs,
    entries: page.docs.map((article) => ({
      url: absoluteUrl(`/articles/${article.slug}`),
      lastModified: article.updatedAt,
      priority: 0.8,
    })),
  }
}
