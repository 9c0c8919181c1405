import { sql } from '@payloadcms/db-postgres'
import { createContentClient } from '@sok/content'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseErrorAnswer } from '@/api'
import { GRAPHQL_LIMITS } from '@/graphql/cost'
import { seedArticles } from '@/seed/content/articles'

import { getTestPayload, graphqlRequest, restGet } from './helpers'
import { startApiServer } from './http-server'

/**
 * One anonymous request must never take the CMS down. The attack from issue 9: related articles
 * link to each other, so each nested `relatedArticles` level multiplies the work; 20 levels
 * exhausted the server's memory.
 */

let payload: Payload
let server: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  payload = await getTestPayload()
  server = await startApiServer()
  // The first GraphQL request builds the schema; time the refusals, not that.
  await graphqlRequest('{ __typename }')
})
afterAll(() => server.close())

/** `Articles(limit: 100) { docs { id relatedArticles { id relatedArticles { … } } } }`. */
function nestedRelatedArticles(levels: number, limit = 100) {
  let inner = 'id'
  for (let level = 0; level < levels; level++) inner = `id relatedArticles { ${inner} }`
  return `{ Articles(limit: ${limit}) { docs { ${inner} } } }`
}

const firstMessage = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

describe('GraphQL fan-out', () => {
  it.each([10, 14, 20])(
    'refuses the nested relatedArticles attack at %i levels with a 400 and a readable message, at once',
    async (levels) => {
      const heapBefore = process.memoryUsage().heapUsed
      const started = performance.now()
      const response = await graphqlRequest(nestedRelatedArticles(levels))
      const elapsed = performance.now() - started
      expect(response.status).toBe(400)
      expect(await firstMessage(response)).toMatch(
        /^This query (could return too much|nests fields \d+ levels deep)/,
      )
      // Under 100 ms on an idle machine; generous for a loaded one. Running it took seconds
      // (14 levels) or exhausted the server's memory (20 levels, 11 GB).
      expect(elapsed).toBeLessThan(1_500)
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024)
    },
  )

  it('counts every level: the cost of nesting is refused long before the depth limit', async () => {
    for (const [levels, limit] of [
      [2, 100],
      [3, 10],
      [4, 1],
    ] as const) {
      const response = await graphqlRequest(nestedRelatedArticles(levels, limit))
      expect(response.status, `${levels} levels, limit ${limit}`).toBe(400)
      expect(await firstMessage(response)).toMatch(/could return too much/)
    }
    const aliased = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: Articles(limit: 100) { docs { title } }`).join(' ')} }`
    expect((await graphqlRequest(aliased)).status).toBe(400)
    // Asking only for __typename still makes the database fetch every row of every list.
    const typenames = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: Articles(limit: 100) { docs { __typename } }`).join(' ')} }`
    expect((await graphqlRequest(typenames)).status).toBe(400)
    const aliasedRelations = `{ Articles(limit: 100) { docs { ${Array.from({ length: 10 }, (_, i) => `r${i}: relatedArticles { id }`).join(' ')} } } }`
    expect((await graphqlRequest(aliasedRelations)).status).toBe(400)
    const deep = `{ Articles(limit: 1) { docs { meta { image { sizes { card { url } } } } } } }`
    expect((await graphqlRequest(deep)).status).toBe(200)
    const tooDeep = `query { Articles(limit: 1) { docs { ${'relatedArticles(draft: false) { '.repeat(GRAPHQL_LIMITS.maxDepth)}id${' }'.repeat(GRAPHQL_LIMITS.maxDepth)} } } }`
    const refused = await graphqlRequest(tooDeep)
    expect(refused.status).toBe(400)
    expect(await firstMessage(refused)).toMatch(/levels deep/)
  })

  it('counts variables and fragments too', async () => {
    const query = `query Q($n: Int) { Articles(limit: $n) { docs { ...Card } } }
      fragment Card on Article { id relatedArticles { id relatedArticles { id } } }`
    const response = await graphqlRequest(query, { variables: { n: 100 } })
    expect(response.status).toBe(400)
    const small = await graphqlRequest(query, { variables: { n: 2 } })
    expect(small.status).toBe(200)
  })

  it('still answers everything the site asks, through its own content client over HTTP', async () => {
    const client = createContentClient({ baseUrl: server.url })
    const article = seedArticles[0]!
    const found = await client.articleBySlug(article.slug)
    expect(found?.title).toBe(article.title)
    const category = (await client.categories())[0]!
    const author = (await client.authors())[0]!
    const profile = await client.authorBySlug(author.slug!)
    const results = await Promise.all([
      client.latestArticles({ limit: 6 }),
      client.latestArticles({ page: 1, limit: 9, categorySlug: category.slug! }),
      client.latestArticles({ authorId: profile!.id, excludeIds: [found!.id] }),
      client.latestArticles({ reviewerId: profile!.id }),
      client.articleListing(),
      client.articleListing({ categorySlug: category.slug! }),
      client.categoryBySlug(category.slug!),
      client.faqs(),
      client.siteSettings(),
      client.redirectFor('/no-such-page'),
      client.search('ketamine', 20),
      client.search('brain imaging'),
      // The sitemap's list: more than one anonymous page allows, read page by page.
      client.articleListing({ limit: 1000 }),
    ])
    expect(results.every((result) => result !== undefined)).toBe(true)
    const search = results[10] as Awaited<ReturnType<typeof client.search>>
    expect(search.articles.length).toBeGreaterThan(0)
  })

  it('keeps answering a normal reader while 20 abusive queries arrive at once', async () => {
    const client = createContentClient({ baseUrl: server.url })
    const slug = seedArticles[1]!.slug
    const abusive = Array.from({ length: 20 }, () =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: nestedRelatedArticles(10) }),
      }),
    )
    const started = performance.now()
    const article = await client.articleBySlug(slug)
    const normalRead = performance.now() - started
    const statuses = (await Promise.all(abusive)).map((response) => response.status)
    expect(article?.slug).toBe(slug)
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 400))
    // Behaviour, not a benchmark: the reader is answered in reading time, not after the attack.
    expect(normalRead).toBeLessThan(15_000)
  })
})

describe('REST depth and list sizes', () => {
  it('refuses a depth beyond what the site uses, before populating anything', async () => {
    const started = performance.now()
    const response = await restGet('/api/articles?depth=10&limit=100')
    expect(response.status).toBe(400)
    expect(await firstMessage(response)).toBe('depth must be a whole number from 0 to 2.')
    expect(performance.now() - started).toBeLessThan(1_500)
  })

  it('does not let an anonymous reader ask for everything at once', async () => {
    for (const query of ['limit=0', 'limit=100000', 'pagination=false', 'limit=501']) {
      const response = await restGet(`/api/articles?${query}`)
      expect(response.status, query).toBe(400)
      expect(await firstMessage(response)).toMatch(/at most 500 items/)
    }
    expect((await restGet('/api/faqs?limit=500')).status).toBe(200)
    // Unpaginated but bounded is a bounded answer.
    expect((await restGet('/api/faqs?pagination=false&limit=5')).status).toBe(200)
  })
})

describe('time budget', () => {
  it('cancels a database statement that outlives its budget', async () => {
    const db = payload.db as unknown as {
      drizzle: { execute: (query: unknown) => Promise<unknown> }
    }
    const started = performance.now()
    const error = await db.drizzle.execute(sql`SELECT pg_sleep(30)`).then(
      () => null,
      (failure: unknown) => failure,
    )
    expect(error).not.toBeNull()
    expect(performance.now() - started).toBeLessThan(20_000)
    // Such a cancellation reaches a reader as a 503 with a message, not a 500.
    expect(
      databaseErrorAnswer({ error: error as Error, req: {} as never, context: {} }),
    ).toMatchObject({ status: 503 })
  })
})
