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
  it('asks for only the fields an article card shows, newest first', async () => {
    const fetchMock = stubFetch(page([]))
    const client = createContentClient({ baseUrl: 'http://cms.test/' })
    await client.latestArticles({ page: 2, limit: 3 })

    const url = requestedUrl(fetchMock)
    expect(url.origin + url.pathname).toBe('http://cms.test/api/articles')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      page: '2',
      limit: '3',
      depth: '0',
      sort: '-publishedAt',
      'select[title]': 'true',
      'select[slug]': 'true',
      'select[summary]': 'true',
      'select[publishedAt]': 'true',
    })
  })

  it('finds an article by slug and tags the request for that article', async () => {
    const fetchMock = stubFetch(page([{ id: 1, slug: 'a-b' }]))
    const requestInit = vi.fn(() => ({}))
    const client = createContentClient({ baseUrl: 'http://cms.test', requestInit })

    expect(await client.articleBySlug('a-b')).toEqual({ id: 1, slug: 'a-b' })
    expect(requestedUrl(fetchMock).searchParams.get('where[slug][equals]')).toBe('a-b')
    expect(requestInit).toHaveBeenCalledWith([cacheTags.article('a-b')])
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
