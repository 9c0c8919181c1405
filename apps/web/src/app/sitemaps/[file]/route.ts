import { articleEntries, newestChange, pageEntries } from '@/lib/sitemap-entries'
import { sitemapFiles, urlsetXml, xmlResponse } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

const notFound = () => new Response('No such sitemap file.', { status: 404 })

/** One file of a split sitemap (see /sitemap.xml): the pages, or one slice of the articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(pages|articles-([1-9]\d{0,4}))\.xml$/.exec((await params).file)
  if (!match) return notFound()
  const newest = await articleEntries(1)
  if (match[1] === 'pages') {
    return xmlResponse(urlsetXml(await pageEntries(newestChange(newest.entries))))
  }
  const file = Number(match[2])
  if (!sitemapFiles(newest.totalDocs).includes(`articles-${file}`)) return notFound()
  return xmlResponse(urlsetXml(file === 1 ? newest.entries : (await articleEntries(file)).entries))
}
