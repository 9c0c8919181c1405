import { cacheTags } from './cache-tags'

/** A change in the CMS, as its hooks see it. */
export interface ContentChange {
  collection: string
  doc: { slug?: string | null } | null
  previousDoc?: { slug?: string | null } | null
}

/**
 * The cache tags a change makes stale on the site. The CMS sends these after the change commits;
 * the site's fetches are tagged from the same `cacheTags`, so both sides agree by construction.
 */
export function tagsForChange({ collection, doc, previousDoc }: ContentChange): string[] {
  const tags = new Set<string>([collection])
  const slugs = [doc?.slug, previousDoc?.slug].filter((slug): slug is string => Boolean(slug))
  // Article pages show bylines, categories, FAQs and images: a change to any of them, or to
  // another article (related and latest lists), refreshes them through the `articles` tag.
  const touchesArticles = ['articles', 'authors', 'categories', 'faqs', 'media'].includes(
    collection,
  )
  if (touchesArticles) tags.add(cacheTags.articles)
  if (collection === 'articles') for (const slug of slugs) tags.add(cacheTags.article(slug))
  if (collection === 'categories') for (const slug of slugs) tags.add(cacheTags.category(slug))
  if (collection === 'authors') for (const slug of slugs) tags.add(cacheTags.author(slug))
  if (collection === 'media') tags.add(cacheTags.authors)
  return [...tags]
}

/** What the site's revalidation endpoint accepts. */
export const REVALIDATE_TAG_PATTERN = /^[a-z0-9][a-z0-9:_-]{0,199}$/
export const REVALIDATE_SECRET_HEADER = 'x-sok-revalidate-secret'
