import 'server-only'

import { contentTypeSitemap } from '@sok/content'

import { contentModifiedAt } from './article-dates'
import { content } from './content'
import { absoluteUrl } from './site'
import { ARTICLES_PER_SITEMAP, type SitemapEntry } from './sitemap'

/** The latest of some entries' last changes (the home page's lastmod). */
export const newestChange = (entries: SitemapEntry[]) =>
  entries
    .map((entry) => entry.lastModified)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)

/** Home, FAQ, every category, every author and the registered content types' pages. */
export async function pageEntries(newest?: string | null): Promise<SitemapEntry[]> {
  const [categories, authors, registered] = await Promise.all([
    content.categories(),
    content.authors(),
    // The pages of the content types that declare a `sitemap` (e.g. the glossary).
    contentTypeSitemap(content),
  ])
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
    ...registered.map(({ path, lastModified }) => ({ url: absoluteUrl(path), lastModified })),
  ]
}

/**
 * One file's worth of published articles, newest first (file 1 holds the newest). An article's
 * lastmod is when its content last changed as editors claim it, not every save.
 */
export async function articleEntries(file: number) {
  const page = await content.articleSitemap({ file, perFile: ARTICLES_PER_SITEMAP })
  return {
    totalDocs: page.totalDocs,
    entries: page.docs.map((article): SitemapEntry => ({
      url: absoluteUrl(`/articles/${article.slug}`),
      lastModified: contentModifiedAt(article),
      priority: 0.8,
    })),
  }
}
