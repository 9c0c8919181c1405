import { formatDate } from './format'

/** The dates an article claims: when it was published, and when its content last changed. */
export interface ArticleDates {
  publishedAt?: string | null
  /** "Last substantive update", set by editors; the database's updatedAt never stands in for it. */
  contentUpdatedAt?: string | null
}

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : NaN)

/**
 * The "Updated" date readers see: the editors' last substantive update, only when it falls on a
 * later day than publication (the dates readers see are days). Otherwise null, and the page shows
 * the publish date alone.
 */
export function readerUpdate({ publishedAt, contentUpdatedAt }: ArticleDates): string | null {
  if (!publishedAt || !contentUpdatedAt) return null
  if (!(time(contentUpdatedAt) > time(publishedAt))) return null
  return formatDate(contentUpdatedAt) !== formatDate(publishedAt) ? contentUpdatedAt : null
}

/**
 * When the content last changed as far as readers and crawlers should know (JSON-LD
 * dateModified, Open Graph, sitemap lastmod, the feed's lastBuildDate): the update, else the
 * publish date.
 */
export function contentModifiedAt(article: ArticleDates): string | undefined {
  return readerUpdate(article) ?? article.publishedAt ?? undefined
}
