import { sitemapXml } from '@/lib/sitemap-entries'
import { xmlResponse } from '@/lib/sitemap'

// Answered per request (no CMS runs at build time) from XML kept until the CMS names a change.
export const dynamic = 'force-dynamic'

/**
 * Published articles, categories, authors and the registered types' pages (the glossary) with
 * when each last changed: one sitemap for a small archive, an index of files for a large one.
 */
export async function GET() {
  return xmlResponse(await sitemapXml())
}
