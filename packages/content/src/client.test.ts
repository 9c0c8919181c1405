import { afterEach, describe, expect, it, vi } from 'vitest'

import { cacheTags } from './cache-tags'
import { ContentRequestError, createContentClient } from './client'

const page = (docs: unknown[]) => ({
  docs,
  totalDocs: docs.length,
  limit: 6,
  page: 1,
  totalPages: 1,
  hasNextPage: false,
  hasPrevPage: false,
  nextPage: null,
  prevPage: null,
})

function stubFetch(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const requestedUrl = (fetchMock: ReturnType<typeof stubFetch>) =>
  new URL(String((fetchMock.mock.calls[0] as unknown as [string])[0]))

afterEach(() => vi.unstubAllGlobals())

describe('content client', () => {
  it('asks for only the fields an article card shows, newest first, published only', async () => {
    const fetchMock = stubFetch(page([]))
    const client = createContentClient({ baseUrl: 'http://cms.test/' })
    await client.latestArticles({ page: 2, limit: 3 })
    const url = requestedUrl(fetchMock)
    expect(url.origin + url.pathname).toBe('http://cms.test/api/articles')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      page: '2',
      limit: '3',
      depth: '1',
      sort: '-publishedAt',
      'where[and][0][_status][equals]': 'published',
      'select[title]': 'true',
      'select[slug]': 'true',
      'select[summary]': 'true',
      'select[publishedAt]': 'true',
      'select[heroImage]': 'true',
      'select[category]': 'true',
      'populate[media][alt]': 'true',
      'populate[media][width]': 'true',
      'populate[media][height]': 'true',
      'populate[media][sizes][card]': 'true',
      'populate[categories][title]': 'true',
      'populate[categories][slug]': 'true',
    })
  })

  it('narrows a list to a category, an author and leaves out the article being read', async () => {
    const fetchMock = stubFetch(page([]))
    const requestInit = vi.fn(() => ({}))
    const client = createContentClient({ baseUrl: 'http://cms.test', requestInit })
    await client.latestArticles({ categorySlug: 'journal-club', authorId: 3, excludeIds: [7] })
    const params = requestedUrl(fetchMock).searchParams
    expect(params.get('where[and][1][category.slug][equals]')).toBe('journal-club')
    expect(params.get('where[and][2][authors][in][0]')).toBe('3')
    expect(params.get('where[and][3][id][not_in][0]')).toBe('7')
    expect(requestInit).toHaveBeenCalledWith([
      cacheTags.articles,
      cacheTags.category('journal-club'),
    ])
  })

  it('tags every getter with names from cacheTags', async () => {
    const requestInit = vi.fn(() => ({}))
    const client = createContentClient({ baseUrl: 'http://cms.test', requestInit })
    stubFetch(page([]))
    await client.categories()
    await client.categoryBySlug('x')
    await client.authors()
    await client.authorBySlug('y')
    await client.faqs()
    await client.articleListing()
    stubFetch({ siteName: 'S' })
    await client.siteSettings()
    expect(requestInit.mock.calls.map((call) => (call as unknown as [string[]])[0])).toEqual([
      [cacheTags.categories],
      [cacheTags.category('x')],
      [cacheTags.authors],
      [cacheTags.author('y'), cacheTags.authors],
      [cacheTags.faqs, cacheTags.categories],
      [cacheTags.articles],
      [cacheTags.siteSettings],
    ])
  })

  it('reads a sitemap file in pages an anonymous reader may ask for', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const number = Number(new URL(url).searchParams.get('page'))
      const slug = { id: number, slug: `a-${number}`, publishedAt: '2024-01-01T00:00:00Z' }
      return new Response(
        JSON.stringify({
          ...page([slug]),
          totalDocs: 2600,
          totalPages: 6,
          hasNextPage: number < 6,
        }),
      )
    })
    vi.stubGlobal('fetch', fetchMock)
    const client = createContentClient({ baseUrl: 'http://cms.test' })
    const second = await client.articleSitemap({ file: 2, perFile: 1000 })
    const asked = fetchMock.mock.calls.map(([url]) => new URL(url).searchParams)
    expect(asked.map((params) => params.get('page'))).toEqual(['3', '4'])
    expect(asked.every((params) => params.get('limit') === '500')).toBe(true)
    expect(second).toMatchObject({ totalDocs: 2600, docs: [{ slug: 'a-3' }, { slug: 'a-4' }] })
    fetchMock.mockClear()
    const last = await client.articleSitemap({ file: 3, perFile: 1000 })
    expect(fetchMock.mock.calls.map(([url]) => new URL(url).searchParams.get('page'))).toEqual([
      '5',
      '6',
    ])
    expect(last.docs).toHaveLength(2)
  })

  it('searches through the SearchContent GraphQL query', async () => {
    const results = { text: 'mri', articles: [], faqs: [] }
    const fetchMock = stubFetch({ data: { SearchContent: results } })
    const client = createContentClient({ baseUrl: 'http://cms.test' })
    expect(await client.search('mri', 5)).toEqual(results)
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1]
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown }
    expect(body.query).toContain('SearchContent(text: $text, limit: $limit)')
    expect(body.variables).toEqual({ text: 'mri', limit: 5 })
  })

  it('finds an article by slug and tags the request for that article', async () => {
    const fetchMock = stubFetch(page([{ id: 1, slug: 'a-b' }]))
    const requestInit = vi.fn(() => ({}))
    const client = createContentClient({ baseUrl: 'http://cms.test', requestInit })

    expect(await client.articleBySlug('a-b')).toEqual({ id: 1, slug: 'a-b' })
    const params = requestedUrl(fetchMock).searchParams
    expect(params.get('where[and][0][_status][equals]')).toBe('published')
    expect(params.get('where[and][1][slug][equals]')).toBe('a-b')
    expect(params.get('select[owner]')).toBe('false')
    expect(requestInit).toHaveBeenCalledWith([cacheTags.article('a-b'), cacheTags.articles])
  })

  it('answers null for a slug nobody published', async () => {
    stubFetch(page([]))
    const client = createContentClient({ baseUrl: 'http://cms.test' })
    expect(await client.articleBySlug('missing')).toBeNull()
  })

  it('turns a failed response into a ContentRequestError with its status', async () => {
    stubFetch({ errors: [{ message: 'boom' }] }, 503)
    const client = createContentClient({ baseUrl: 'http://cms.test' })
    const failure = client.latestArticles()
    await expect(failure).rejects.toBeInstanceOf(ContentRequestError)
    await expect(failure).rejects.toMatchObject({ status: 503 })
  })

  it('surfaces GraphQL errors', async () => {
    stubFetch({ errors: [{ message: 'Cannot query field "nope"' }] })
    const client = createContentClient({ baseUrl: 'http://cms.test' })
    await expect(client.graphql('{ nope }')).rejects.toThrow('Cannot query field "nope"')
  })
})
