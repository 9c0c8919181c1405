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
  if (collection === 'articles') {
    tags.add(cacheTags.articles)
    for (const slug of [doc?.slug, previousDoc?.slug]) if (slug) tags.add(cacheTags.article(slug))
  }
  return [...tags]
}

/** What the site's revalidation endpoint accepts. */
export const REVALIDATE_TAG_PATTERN = /^[a-z0-9][a-z0-9:_-]{0,199}$/
export const REVALIDATE_SECRET_HEADER = 'x-sok-revalidate-secret'
