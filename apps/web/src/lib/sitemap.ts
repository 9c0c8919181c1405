import { escapeXml } from './feed'

/**
 * Articles per sitemap file. The protocol allows 50,000 URLs a file; smaller files are quicker
 * to build after a publish and to fetch. Up to this many, one sitemap lists everything; past it,
 * /sitemap.xml becomes a sitemap index.
 */
export const ARTICLES_PER_SITEMAP = 5000

export interface SitemapEntry {
  url: string
  lastModified?: string | null
  priority?: number
}

/** A `<urlset>` sitemap. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.url)}</loc>${
        entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : ''
      }${entry.priority !== undefined ? `<priority>${entry.priority}</priority>` : ''}</url>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
  ].join('\n')
}

/** A `<sitemapindex>` naming the sitemap files. */
export function sitemapIndexXml(files: { url: string; lastModified?: string | null }[]): string {
  const sitemaps = files.map(
    (file) =>
      `<sitemap><loc>${escapeXml(file.url)}</loc>${
        file.lastModified ? `<lastmod>${new Date(file.lastModified).toISOString()}</lastmod>` : ''
      }</sitemap>`,
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps,
    '</sitemapindex>',
  ].join('\n')
}

/** The files of a split sitemap: the pages (home, FAQ, categories, authors), then the articles. */
export function sitemapFiles(articleCount: number): string[] {
  const articleFiles = Math.max(1, Math.ceil(articleCount / ARTICLES_PER_SITEMAP))
  return ['pages', ...Array.from({ length: articleFiles }, (_, i) => `articles-${i + 1}`)]
}

export const xmlResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
