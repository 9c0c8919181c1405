import {
  articleEntries,
  cachedSitemapXml,
  currentSitemapFiles,
  newestChange,
  pageEntries,
} from '@/lib/sitemap-entries'
import { absoluteUrl } from '@/lib/site'
import { sitemapIndexXml, urlsetXml, xmlResponse } from '@/lib/sitemap'

// Answered per request (no CMS runs at build time) from XML kept until the CMS names a change.
export const dynamic = 'force-dynamic'

/**
 * Published articles, categories, authors and the registered types' pages (the glossary) with
 * when each last changed. A small archive gets one sitemap; a large one gets a sitemap index
 * naming /sitemaps/pages.xml and /sitemaps/articles-N.xml.
 */
export async function GET() {
  const files = await currentSitemapFiles()
  const xml = await cachedSitemapXml('sitemap', async () => {
    if (files.length <= 2) {
      const newest = await articleEntries(1)
      const pages = await pageEntries(newestChange(newest.entries))
      return urlsetXml([...pages.slice(0, 2), ...newest.entries, ...pages.slice(2)])
    }
    return sitemapIndexXml(files.map((file) => ({ url: absoluteUrl(`/sitemaps/${file}.xml`) })))
  })
  return xmlResponse(xml)
}
