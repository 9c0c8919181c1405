import { articles } from './articles'
import { authors } from './authors'
import { categories } from './categories'
import type { ContentReader, ContentType, SitemapEntry } from './define'
import { faqs } from './faqs'
import { glossary } from './glossary'
import { media } from './media'
import { redirects } from './redirects'
import { siteSettings } from './site-settings'

/**
 * Every content type the public site shows. Adding one here is what makes the CMS tell the site
 * about its changes, gives it an access row, merges its getters into the content client and puts
 * it in the sitemap and search (docs/adding-a-content-type.md).
 */
export const contentTypes = [
  articles,
  authors,
  categories,
  faqs,
  media,
  redirects,
  siteSettings,
  glossary,
] as const

/**
 * The registered types as their common shape, for code that treats every type alike. The
 * sitemap is left out: it takes each type's own getters (see contentTypeSitemap).
 */
export const registeredContentTypes: readonly Omit<ContentType, 'sitemap'>[] = contentTypes

type Registered = (typeof contentTypes)[number]
type GettersOf<T> = T extends ContentType<infer G> ? G : never
type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (
  value: infer I,
) => void
  ? I
  : never

/** The getters every registered type adds to the content client, merged. */
export type ContentTypeGetters = Intersection<GettersOf<Registered>>

export function contentTypeGetters(reader: ContentReader): ContentTypeGetters {
  const merged = {}
  for (const type of registeredContentTypes) {
    Object.assign(merged, type.getters?.(reader))
  }
  // The loop above builds exactly the intersection of the registered getters.
  return merged as ContentTypeGetters
}

/** The sitemap entries of every registered type that has a page per document. */
export async function contentTypeSitemap(getters: ContentTypeGetters): Promise<SitemapEntry[]> {
  const lists = await Promise.all(
    (contentTypes as readonly ContentType<ContentTypeGetters>[]).map(
      (type) => type.sitemap?.(getters) ?? [],
    ),
  )
  return lists.flat()
}

/** The registered type of a collection or global slug, if the site shows it. */
export function contentTypeOf(collection: string): ContentType | undefined {
  return registeredContentTypes.find((type) => type.collection === collection)
}

export type { AccessPreset, ContentType, SearchParticipation, SitemapEntry } from './define'
export { defineContentType } from './define'
export { type GlossaryEntry, glossaryPath, type GlossaryTermPage } from './glossary'
