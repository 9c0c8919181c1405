import 'server-only'

import type { CategorySummary } from '@sok/content'
import { cache } from 'react'

import { content } from './content'

/*
 * A visitor can type any slug. Each is checked against one cached list (published article
 * slugs, authors, categories) before the CMS is asked for that document, so an unknown slug
 * answers 404 without a CMS read and without adding an entry to the site's cache: the cache
 * holds at most one entry per real document, whatever anonymous visitors request.
 */

export const isPublishedArticle = cache(async (slug: string) =>
  (await content.publishedArticleSlugs()).has(slug),
)

export const isAuthor = cache(async (slug: string) =>
  (await content.authors()).some((author) => author.slug === slug),
)

/** A category by slug, found in the cached list of all categories. */
export const categoryBySlug = cache(
  async (slug: string): Promise<CategorySummary | null> =>
    (await content.categories()).find((category) => category.slug === slug) ?? null,
)
