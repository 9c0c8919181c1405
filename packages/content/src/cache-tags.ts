/**
 * Cache tag names, in one place: the site tags each fetch with them, and whoever invalidates the
 * site's cache after a change in the CMS names the same tags.
 */
export const cacheTags = {
  /** Every list of articles (home, "load more", listings, feeds, sitemap, search). */
  articles: 'articles',
  /** One article page. */
  article: (slug: string) => `article:${slug}`,
  /** The list of categories (sitemap). */
  categories: 'categories',
  /** One category page. */
  category: (slug: string) => `category:${slug}`,
  /** The list of authors (sitemap). */
  authors: 'authors',
  /** One author page. */
  author: (slug: string) => `author:${slug}`,
  /** The FAQ page and search. */
  faqs: 'faqs',
  /** Header, footer, newsletter and "Learn more" texts on every page. */
  siteSettings: 'site-settings',
  /** Redirects from old addresses (renamed articles, editor-managed). */
  redirects: 'redirects',
} as const
