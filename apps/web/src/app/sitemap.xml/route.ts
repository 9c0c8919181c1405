import { articleEntries, newestChange, pageEntries } from '@/lib/sitemap-entries'
import { absoluteUrl } from '@/lib/site'
import { sitemapFiles, sitemapIndexXml, urlsetXml, xmlResponse } from '@/lib/sitemap'

// Rendered per request from cached CMS answers (tagged, refreshed on publish).
export const dynamic = 'force-dynamic'

/**
 * Published articles, categories, authors and the registered types' pages (the glossary) with
 * when each last changed. A small archive gets one sitemap; a large one gets a sitemap index
 * naming /sitemaps/pages.xml and /sitemaps/articles-N.xml.
 */
export async function GET() {
  const newest = await articleEntries(1)
  const files = sitemapFiles(newest.totalDocs)
  if (files.length <= 2) {
    const pages = await pageEntries(newestChange(newest.entries))
    return xmlResponse(urlsetXml([...pages.slice(0, 2), ...newest.entries, ...pages.slice(2)]))
  }
  return xmlResponse(
    sitemapIndexXml(files.map((file) => ({ url: absoluteUrl(`/sitemaps/${file}.xml`) }))),
  )
}
