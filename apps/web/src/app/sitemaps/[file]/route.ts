import {
  articleEntries,
  cachedSitemapXml,
  currentSitemapFiles,
  newestChange,
  pageEntries,
} from '@/lib/sitemap-entries'
import { urlsetXml, xmlResponse } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

const notFound = () => new Response('No such sitemap file.', { status: 404 })

/** One file of a split sitemap (see /sitemap.xml): the pages, or one slice of the articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(pages|articles-([1-9]\d{0,4}))\.xml$/.exec((await params).file)
  if (!match) return notFound()
  const name = match[1]!
  if (!(await currentSitemapFiles()).includes(name)) return notFound()
  const xml = await cachedSitemapXml(name, async () => {
    const newest = await articleEntries(1)
    if (name === 'pages') return urlsetXml(await pageEntries(newestChange(newest.entries)))
    const file = Number(match[2])
    return urlsetXml(file === 1 ? newest.entries : (await articleEntries(file)).entries)
  })
  return xmlResponse(xml)
}
