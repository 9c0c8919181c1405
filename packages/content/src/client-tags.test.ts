import { afterEach, describe, expect, it, vi } from 'vitest'

import { type ContentClient, createContentClient } from './client'
import { tagsForChange } from './revalidation'

/**
 * Every getter of the content client, with the collections its answer is made of: the one it
 * reads and every one it populates. A change in any of them must expire one of the getter's cache
 * tags, or the site shows stale content until the cache's time limit.
 *
 * A new getter without a row here fails the test, and so does a row that disagrees with what
 * the getter asks the CMS for (its path and its `populate`).
 */
type Getter = keyof ContentClient
type Row =
  | {
      call: (client: ContentClient) => Promise<unknown>
      /** The collections (or global) its answer holds: the one read first, then the populated. */
      collections: string[]
      /** The slug it asks for, when it reads one document by slug. */
      slug?: string
    }
  | { uncached: string }

const GETTERS: Record<Getter, Row> = {
  latestArticles: {
    call: (client) => client.latestArticles({ categorySlug: 'c' }),
    collections: ['articles', 'media', 'categories'],
  },
  articleBySlug: {
    call: (client) => client.articleBySlug('the-article'),
    collections: ['articles', 'authors', 'categories', 'faqs', 'media'],
    slug: 'the-article',
  },
  redirects: { call: (client) => client.redirects(), collections: ['redirects', 'articles'] },
  redirectFor: {
    call: (client) => client.redirectFor('/old'),
    collections: ['redirects', 'articles'],
  },
  publishedArticleSlugs: {
    call: (client) => client.publishedArticleSlugs(),
    collections: ['articles'],
  },
  articleDraft: { uncached: 'an editor’s preview is read with no-store' },
  articleListing: {
    call: (client) => client.articleListing(),
    collections: ['articles', 'categories', 'authors'],
  },
  articleSitemap: {
    call: (client) => client.articleSitemap({ file: 2 }),
    collections: ['articles'],
  },
  categories: { call: (client) => client.categories(), collections: ['categories'] },
  categoryBySlug: {
    call: (client) => client.categoryBySlug('the-category'),
    collections: ['categories'],
    slug: 'the-category',
  },
  authors: { call: (client) => client.authors(), collections: ['authors'] },
  authorBySlug: {
    call: (client) => client.authorBySlug('the-author'),
    collections: ['authors', 'media'],
    slug: 'the-author',
  },
  faqs: { call: (client) => client.faqs(), collections: ['faqs', 'categories'] },
  siteSettings: { call: (client) => client.siteSettings(), collections: ['site-settings'] },
  search: { uncached: 'a visitor’s search is read with no-store' },
  graphql: { uncached: 'the caller passes its own tags' },
  glossaryTerms: { call: (client) => client.glossaryTerms(), collections: ['glossary-terms'] },
  glossaryTermBySlug: {
    call: (client) => client.glossaryTermBySlug('the-term'),
    collections: ['glossary-terms', 'articles'],
    slug: 'the-term',
  },
}

const EMPTY_PAGE = { docs: [], hasNextPage: false }

/** Calls a getter against a fake CMS and records what it asked for and how it tagged it. */
async function record(call: (client: ContentClient) => Promise<unknown>) {
  const urls: URL[] = []
  const tags = new Set<string>()
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(new URL(url))
      return new Response(JSON.stringify(EMPTY_PAGE))
    }),
  )
  const client = createContentClient({
    baseUrl: 'http://cms.test',
    requestInit: (requestTags) => {
      for (const tag of requestTags) tags.add(tag)
      return {}
    },
  })
  await call(client)
  return { urls, tags }
}

/** The collections a request's answer holds: the one in its path and those it populates. */
function collectionsOf(url: URL): string[] {
  const read = url.pathname.replace(/^\/api\/(globals\/)?/, '').split('/')[0]!
  const populated = [...url.searchParams.keys()].flatMap((key) => {
    const match = /^populate\[([^\]]+)\]/.exec(key)
    return match ? [match[1]!] : []
  })
  return [read, ...populated]
}

afterEach(() => vi.unstubAllGlobals())

describe('content client cache tags', () => {
  it('has a row in this table for every getter', () => {
    const client = createContentClient({ baseUrl: 'http://cms.test' })
    expect(Object.keys(client).sort()).toEqual(Object.keys(GETTERS).sort())
  })

  for (const [name, row] of Object.entries(GETTERS)) {
    if ('uncached' in row) continue
    const { call, collections, slug } = row

    it(`${name}: the table names every collection its request reads or populates`, async () => {
      const { urls } = await record(call)
      expect(urls.length).toBeGreaterThan(0)
      const asked = new Set(urls.flatMap(collectionsOf))
      expect([...asked].sort()).toEqual([...new Set(collections)].sort())
    })

    for (const collection of collections) {
      it(`${name}: a change in ${collection} expires one of its tags`, async () => {
        const { tags } = await record(call)
        // The document read by slug changes under its own slug; any other document counts too.
        const changedSlug = slug && collection === collections[0] ? slug : 'another-document'
        const expired = tagsForChange({ collection, doc: { slug: changedSlug } })
        expect(
          expired.filter((tag) => tags.has(tag)),
          `tags ${[...tags].join(', ')} vs expired ${expired.join(', ')}`,
        ).not.toEqual([])
      })
    }
  }

  it('reads what depends on the visitor without the cache', async () => {
    for (const call of [
      (client: ContentClient) => client.search('mri'),
      (client: ContentClient) => client.articleDraft('token'),
    ]) {
      const { tags } = await record(async (client) => call(client).catch(() => null))
      expect(tags.size).toBe(0)
    }
  })
})
