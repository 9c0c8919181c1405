/**
 * Cache tag names, in one place: the site tags each fetch with them, and whoever invalidates the
 * site's cache after a change in the CMS names the same tags.
 */
export const cacheTags = {
  /** Every list of articles (home, "load more", listings). */
  articles: 'articles',
  /** One article page. */
  article: (slug: string) => `article:${slug}`,
} as const
