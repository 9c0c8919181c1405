import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { primaryForSignedIn, readingFromPrimary, waitForReplicas } from '@/database/replicas'
import { closeDatabasePools } from '@/database/close'
import { env } from '@/env'

import { articleBasics, getTestPayload, separatePayload, unique } from './helpers'

/**
 * A replica that lags as far as it can: a frozen copy of every table in its own schema, reached
 * through a connection whose search_path points at it. Whatever is written after the copy exists
 * only on the primary, so each read shows which database answered it.
 */
const STALE = 'sok_stale_replica'
let primary: Payload
let withReplica: Payload
let newArticle: Awaited<ReturnType<typeof articleBasics>>
let replicaUrl: URL

const execute = (query: ReturnType<typeof sql>) =>
  (
    primary.db as unknown as {
      drizzle: { execute: (q: unknown) => Promise<{ rows: { name: string }[] }> }
    }
  ).drizzle.execute(query)

beforeAll(async () => {
  primary = await getTestPayload()
  newArticle = await articleBasics(primary)
  await execute(sql.raw(`DROP SCHEMA IF EXISTS ${STALE} CASCADE; CREATE SCHEMA ${STALE}`))
  const { rows } = await execute(
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
  )
  for (const { name } of rows) {
    await execute(
      sql.raw(
        `CREATE TABLE ${STALE}."${name}" (LIKE public."${name}" INCLUDING DEFAULTS); INSERT INTO ${STALE}."${name}" SELECT * FROM public."${name}"`,
      ),
    )
  }
  replicaUrl = new URL(env.DATABASE_URL)
  replicaUrl.searchParams.set('options', `-c search_path=${STALE},public`)
  withReplica = await separatePayload('stale-replica', {
    readReplicas: [replicaUrl.toString()],
    // No grace period after a write, so every read below shows the routing itself.
    readReplicasAfterWriteInterval: 0,
  })
})

afterAll(async () => {
  if (withReplica) await closeDatabasePools(withReplica)
  await execute(sql.raw(`DROP SCHEMA IF EXISTS ${STALE} CASCADE`))
})

describe('read replicas', () => {
  it('serves anonymous reads from a replica, and signed-in reads from the primary', async () => {
    const article = await withReplica.create({
      collection: 'articles',
      data: { ...newArticle(unique('After the copy')), _status: 'published' },
    })
    const findIt = () =>
      withReplica.find({ collection: 'articles', where: { id: { equals: article.id } } })

    // The replica has not seen it yet; an editor reading back their save always does.
    expect((await findIt()).docs).toHaveLength(0)
    expect((await readingFromPrimary(findIt)).docs).toHaveLength(1)

    // The same rule for route handlers: a request with a login cookie or header reads the primary.
    const handler = primaryForSignedIn(async (_request: Request) => (await findIt()).docs.length)
    const url = 'http://localhost/api/articles'
    expect(await handler(new Request(url))).toBe(0)
    expect(await handler(new Request(url, { headers: { cookie: 'a=1; payload-token=x' } }))).toBe(1)
    expect(await handler(new Request(url, { headers: { authorization: 'JWT x' } }))).toBe(1)
  })

  it('never answers an anonymous read from the read cache while replicas are configured', async () => {
    const article = await primary.create({
      collection: 'articles',
      data: { ...newArticle(unique('Not cached')), _status: 'published' },
    })
    // The app's REST route as a CMS started with DATABASE_READ_URLS loads it. The read cache is
    // off there: a change could clear it before a replica has the change, and the stale answer
    // would then be kept. read-cache.int.spec.ts shows the same read is a hit without replicas.
    vi.stubEnv('DATABASE_READ_URLS', replicaUrl.toString())
    vi.resetModules()
    try {
      const route = await import('../../src/app/(payload)/api/[...slug]/route')
      const url = `http://localhost:3000/api/articles?where[slug][equals]=${article.slug}&depth=0`
      for (let read = 0; read < 5; read++) {
        const response = await route.GET(new Request(url), {
          params: Promise.resolve({ slug: ['articles'] }),
        })
        expect(response.status).toBe(200)
        expect(response.headers.get('x-read-cache')).not.toBe('hit')
        const { docs } = (await response.json()) as { docs: { id: number }[] }
        expect(docs.map((doc) => doc.id)).toEqual([article.id])
      }
    } finally {
      vi.unstubAllEnvs()
      vi.resetModules()
    }
  })

  it('waits for replicas before the site is told to refetch (a primary counts as caught up)', async () => {
    await expect(waitForReplicas(withReplica, 2_000)).resolves.toBeUndefined()
  })
})
