import 'server-only'

import { cacheTags, contentTypeSitemap } from '@sok/content'
import { registeredContentTypes } from '@sok/content/content-types'
import { unstable_cache } from 'next/cache'

import { env } from '@/env'

import { contentModifiedAt } from './article-dates'
import { content } from './content'
import { absoluteUrl } from './site'
import {
  ARTICLES_PER_SITEMAP,
  type SitemapEntry,
  sitemapFiles,
  sitemapIndexXml,
  urlsetXml,
} from './sitemap'

/** Everything a sitemap lists changes with one of these tags (each type's list tag included). */
const SITEMAP_TAGS = [
  cacheTags.articles,
  cacheTags.categories,
  cacheTags.authors,
  ...registeredContentTypes.map((type) => type.tags.list),
]

/**
 * What /sitemap.xml answers: the whole sitemap while it fits in one file (home and FAQ first,
 * then the newest articles, then the other pages), or else an index naming /sitemaps/pages.xml
 * and /sitemaps/articles-N.xml.
 */
export async function sitemapXml(): Promise<string> {
  const files = await currentSitemapFiles()
  return cachedSitemapXml('sitemap', async () => {
    if (files.length > 2) {
      return sitemapIndexXml(files.map((file) => ({ url: absoluteUrl(`/sitemaps/${file}.xml`) })))
    }
    const newest = await articleEntries(1)
    const pages = await pageEntries(newestChange(newest.entries))
    return urlsetXml([...pages.slice(0, 2), ...newest.entries, ...pages.slice(2)])
  })
}

/**
 * One file of a split sitemap: `pages`, or `articles-N` (N from 1, newest first). Null for a name
 * that is not a file of the sitemap as it stands; nothing is cached for it.
 */
export async function sitemapFileXml(name: string): Promise<string | null> {
  if (!(await currentSitemapFiles()).includes(name)) return null
  return cachedSitemapXml(name, async () => {
    const newest = await articleEntries(1)
    if (name === 'pages') return urlsetXml(await pageEntries(newestChange(newest.entries)))
    const file = Number(name.slice('articles-'.length))
    return urlsetXml(file === 1 ? newest.entries : (await articleEntries(file)).entries)
  })
}

/**
 * A sitemap file's XML, built once and kept until the CMS expires one of SITEMAP_TAGS. At 10,000
 * articles a file is about 1 MB built from ten cached CMS pages: building it for every crawler's
 * request took 0.4 s, and seconds when several came at once. `name` must be one of the files
 * that exist (never a visitor's text), so the cache holds a handful of entries.
 */
function cachedSitemapXml(name: string, build: () => Promise<string>): Promise<string> {
  if (env.CONTENT_REVALIDATE_SECONDS === 0) return build()
  return unstable_cache(build, ['sitemap-xml', name], {
    tags: SITEMAP_TAGS,
    revalidate: env.CONTENT_REVALIDATE_SECONDS,
  })()
}

/** The files of the sitemap as it stands (see sitemapFiles), kept like the files themselves. */
async function currentSitemapFiles(): Promise<string[]> {
  const names = await cachedSitemapXml('files', async () =>
    sitemapFiles((await articleEntries(1)).totalDocs).join(' '),
  )
  return names.split(' ')
}

/** The latest of some entries' last changes (the home page's lastmod). */
const newestChange = (entries: SitemapEntry[]) =>
  entries
    .map((entry) => entry.lastModified)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)

/** Home, FAQ, every category, every author and the registered content types' pages. */
async function pageEntries(newest?: string | null): Promise<SitemapEntry[]> {
  const [categories, authors, registered] = await Promise.all([
    content.categories(),
    content.authors(),
    // The pages of the content types that declare a `sitemap` (e.g. the glossary).
    contentTypeSitemap(content),
  ])
  return [
    { url: absoluteUrl('/'), lastModified: newest, priority: 1 },
    { url: absoluteUrl('/faq') },
    ...categories.map((category) => ({
      url: absoluteUrl(`/categories/${category.slug}`),
      lastModified: category.updatedAt,
    })),
    ...authors.map((author) => ({
      url: absoluteUrl(`/authors/${author.slug}`),
      lastModified: author.updatedAt,
    })),
    ...registered.map(({ path, lastModified }) => ({ url: absoluteUrl(path), lastModified })),
  ]
}

/**
 * One file's worth of published articles, newest first (file 1 holds the newest). An article's
 * lastmod is when its content last changed as editors claim it, not every save.
 */
async function articleEntries(file: number) {
  const page = await content.articleSitemap({ file, perFile: ARTICLES_PER_SITEMAP })
  return {
    totalDocs: page.totalDocs,
    entries: page.docs.map((article): SitemapEntry => ({
      url: absoluteUrl(`/articles/${article.slug}`),
      lastModified: contentModifiedAt(article),
      priority: 0.8,
    })),
  }
}
