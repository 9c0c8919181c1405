import { contentTypeOf, registeredContentTypes } from './content-types'

/** A change in the CMS, as its hooks see it. */
export interface ContentChange {
  collection: string
  doc: { slug?: string | null } | null
  previousDoc?: { slug?: string | null } | null
}

/**
 * The cache tags a change makes stale on the site. The CMS sends these after the change commits;
 * the site's fetches are tagged from the same content-type definitions (./content-types), so both
 * sides agree by construction.
 */
export function tagsForChange({ collection, doc, previousDoc }: ContentChange): string[] {
  const tags = new Set<string>([collection])
  const slugs = [doc?.slug, previousDoc?.slug].filter((slug): slug is string => Boolean(slug))
  const changed = contentTypeOf(collection)
  if (changed) tags.add(changed.tags.list)
  // Every type whose pages show this collection (an article's images, a term's related
  // articles) is refreshed through its list tag.
  for (const type of registeredContentTypes) {
    if (type.shows?.some((shown) => shown === collection)) tags.add(type.tags.list)
  }
  if (changed?.tags.item) for (const slug of slugs) tags.add(changed.tags.item(slug))
  return [...tags]
}

/** What the site's revalidation endpoint accepts. */
export const REVALIDATE_TAG_PATTERN = /^[a-z0-9][a-z0-9:_-]{0,199}$/
export const REVALIDATE_SECRET_HEADER = 'x-sok-revalidate-secret'
