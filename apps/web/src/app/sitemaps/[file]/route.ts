import { sitemapFileXml } from '@/lib/sitemap-entries'
import { xmlResponse } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

/** One file of a split sitemap (see /sitemap.xml): the pages, or one slice of the articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  // Only names of the right form reach the CMS; a file that does not exist now is a 404 too.
  const match = /^(pages|articles-[1-9]\d{0,4})\.xml$/.exec((await params).file)
  const xml = match ? await sitemapFileXml(match[1]!) : null
  return xml === null ? new Response('No such sitemap file.', { status: 404 }) : xmlResponse(xml)
}
