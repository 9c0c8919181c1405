import type { FindQuery } from '../find-query'
import type { Config } from '../payload-types'

/** A collection's slug, as Payload's generated types know it. */
export type CollectionSlug = keyof Config['collections']

/** What a type's getters read the CMS with (the content client's own REST reader). */
export interface ContentReader {
  /** One page of a collection, tagged for revalidation. */
  find<T>(
    collection: CollectionSlug,
    query: FindQuery,
    tags: string[],
  ): Promise<{
    docs: T[]
    hasNextPage: boolean
  }>
  /** The one document with this slug (among those `query.where` allows), or null. */
  findBySlug<T>(
    collection: CollectionSlug,
    slug: string,
    query: FindQuery,
    tags: string[],
  ): Promise<T | null>
  /** Every document of a collection, page by page (small indexes: slugs, A–Z lists). */
  findAll<T>(collection: CollectionSlug, query: FindQuery, tags: string[]): Promise<T[]>
}

/** One address in the sitemap, site-relative. */
export interface SitemapEntry {
  path: string
  lastModified?: string | null
}

/**
 * How a type takes part in the site's full-text search (apps/cms/src/graphql/search): the table
 * and columns of its published documents. Hits are listed under `label` on the search page.
 */
export interface SearchParticipation {
  /** What the search page calls these results, e.g. "Glossary". */
  label: string
  /** Postgres table and columns (snake_case, as Payload names them). */
  table: string
  title: string
  /** Plain-text column shown under the title, and searched second. */
  excerpt: string
  /** Lexical (rich text) columns whose words are searched last. */
  richText?: string[]
}

/**
 * Who may read and change a type (the CMS turns this into its access-matrix row):
 *   public           everyone reads, editors and admins change
 *   publishedDrafts  the public reads only published documents; drafts and versions for editors
 */
export type AccessPreset = 'public' | 'publishedDrafts'

/**
 * Everything the CMS and the site need to know about one content type, in one place. From the
 * registry of these (./index.ts) come `tagsForChange`, the CMS's revalidation hooks and access
 * rows, the client's getters, the sitemap and search; the tests walk the same registry.
 */
export interface ContentType<Getters extends object = object> {
  /** The Payload collection (or global) slug. */
  collection: CollectionSlug | 'site-settings'
  /** A global (one document, no slug) rather than a collection. */
  global?: boolean
  /**
   * The access-matrix row the CMS derives for this type. Leave it out only for the older types
   * whose rows are written by hand in apps/cms/src/access/matrix.ts.
   */
  access?: AccessPreset
  /** Cache tags: every list of this type is tagged `list` (the collection slug). */
  tags: {
    list: string
    /** The tag of one document's page, by slug. */
    item?: (slug: string) => string
  }
  /**
   * The other collections this type's pages show (populated relations, e.g. an article's
   * images): a change in any of them expires this type's `list` tag.
   */
  shows?: CollectionSlug[]
  /** The site address of one document. */
  path?: (slug: string) => string
  /** The content client's getters for this type (merged into `createContentClient`). */
  getters?: (reader: ContentReader) => Getters
  /** Its sitemap entries, read through its own getters. */
  sitemap?: (getters: Getters) => Promise<SitemapEntry[]>
  search?: SearchParticipation
}

/** Declares a content type; the generic keeps its getters' types for the client. */
export function defineContentType<Getters extends object = object>(
  definition: ContentType<Getters>,
): ContentType<Getters> {
  return definition
}
