import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { ContentRequestError, createContentClient } from './client'

/** A real HTTP server that accepts every request and never answers: a CMS that hangs. */
let silent: Server
let silentUrl: string

beforeAll(async () => {
  silent = createServer(() => {})
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
})

afterAll(async () => {
  silent.closeAllConnections()
  await new Promise((resolve) => silent.close(resolve))
})

describe('content client against a CMS that does not answer', () => {
  it('gives up after its timeout with an error that says so', async () => {
    const client = createContentClient({ baseUrl: silentUrl, timeoutMs: 300 })
    const started = Date.now()
    const error = await client.siteSettings().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentRequestError)
    expect((error as ContentRequestError).status).toBe(504)
    expect((error as Error).message).toMatch(/did not answer within 300 ms for \/api\/globals/)
    // Generous for a loaded machine; without a timeout this waits for minutes.
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('gives up on GraphQL and preview reads too', async () => {
    const client = createContentClient({ baseUrl: silentUrl, timeoutMs: 300 })
    await expect(client.search('ketamine')).rejects.toMatchObject({ status: 504 })
    await expect(client.articleDraft('token')).rejects.toMatchObject({ status: 504 })
  })
})

describe('what the content client lets a cache keep', () => {
  it('never offers search answers to a cache: no tags, no revalidate, no-store', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ data: { SearchContent: { text: 'x', articles: [], faqs: [] } } }),
        ),
    )
    vi.stubGlobal('fetch', fetchMock)
    const requestInit = vi.fn((): RequestInit => ({ headers: { 'x-cached': 'yes' } }))
    try {
      await createContentClient({ baseUrl: 'http://cms.test', requestInit }).search('anything')
    } finally {
      vi.unstubAllGlobals()
    }
    const init = (
      fetchMock.mock.calls[0] as unknown as [string, RequestInit & { next?: unknown }]
    )[1]
    expect(init.cache).toBe('no-store')
    expect(init.headers).not.toHaveProperty('x-cached')
    expect(requestInit).not.toHaveBeenCalled()
  })
})
