import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { describe, expect, it, vi } from 'vitest'

import * as graphqlRoute from '../../src/app/(payload)/api/graphql/route'

import { createUser, rest, testFileSetup, unique } from './helpers'

// Through the app's real route modules: the read cache wraps the query checks and GraphQL guards.
async function get(path: string, headers: Record<string, string> = {}) {
  const response = await rest('GET', path, { headers })
  return {
    status: response.status,
    state: response.headers.get('x-read-cache'),
    body: (await response.json()) as unknown,
  }
}

/** A GraphQL request as a real client sends it: with its Content-Length. */
function graphqlQuery(query: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ query })
  return graphqlRoute.POST(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        ...headers,
      },
      body,
    }),
  )
}

const titleOf = async (slug: string, headers: Record<string, string> = {}) => {
  const answer = await get(`/api/articles?where[slug][equals]=${slug}&depth=0`, headers)
  return {
    state: answer.state,
    title: (answer.body as { docs: { title: string }[] }).docs[0]?.title,
  }
}

/** Polls until `check` holds; the change feed is delivered a moment after the commit. */
const eventually = (check: () => Promise<boolean>) =>
  vi.waitUntil(check, { timeout: 5_000, interval: 25 })

/** Until an anonymous read of this article is answered from the cache again. */
const untilCached = (slug: string) => eventually(async () => (await titleOf(slug)).state === 'hit')

const { payload, newArticle } = await testFileSetup()

async function publishedArticle() {
  const data = newArticle(unique('Cached'))
  const doc = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { ...data, _status: 'published' },
  })
  return { id: doc.id, slug: doc.slug!, title: doc.title }
}

/** An editor's new title: published (inside `req`'s transaction when given), or saved as a draft. */
const changeTitle = (
  id: number,
  title: string,
  { draft = false, req }: { draft?: boolean; req?: PayloadRequest } = {},
) =>
  payload.update({
    collection: 'articles',
    id,
    overrideAccess: true,
    draft,
    data: draft ? { title } : { title, _status: 'published' },
    req,
  })

describe('the CMS read cache', () => {
  it('answers a repeated anonymous read from memory, and reads again after a publish', async () => {
    // With read replicas configured the same read is never a hit (replicas.int.spec.ts).
    const article = await publishedArticle()
    await untilCached(article.slug)
    expect(await titleOf(article.slug)).toEqual({ state: 'hit', title: article.title })

    const title = unique('Renamed')
    await changeTitle(article.id, title)
    // Read your writes: the publish has returned, so this process answers with it at once
    // (other processes drop their copies when the change feed reaches them).
    expect((await titleOf(article.slug)).title).toBe(title)
    await untilCached(article.slug)
    expect((await titleOf(article.slug)).title).toBe(title)
  })

  it('never serves or keeps an answer while a publish is uncommitted, never a draft', async () => {
    const article = await publishedArticle()
    await untilCached(article.slug)

    // A draft saved by an editor: anonymous readers keep the published title.
    await changeTitle(article.id, unique('Draft title'), { draft: true })
    expect((await titleOf(article.slug)).title).toBe(article.title)
    await untilCached(article.slug)
    expect((await titleOf(article.slug)).title).toBe(article.title)

    // A publish inside a transaction that has not committed yet: readers get the published
    // title from the database, and nothing they read is kept.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const title = unique('Committed later')
    await changeTitle(article.id, title, { req })
    expect(await titleOf(article.slug)).toEqual({ state: 'miss', title: article.title })
    expect(await titleOf(article.slug)).toEqual({ state: 'miss', title: article.title })

    await commitTransaction(req)
    expect((await titleOf(article.slug)).title).toBe(title)
  })

  it('a rolled-back change leaves the published answer', async () => {
    const article = await publishedArticle()
    await untilCached(article.slug)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await changeTitle(article.id, unique('Rolled back'), { req })
    await killTransaction(req)
    expect((await titleOf(article.slug)).title).toBe(article.title)
    await untilCached(article.slug)
    expect((await titleOf(article.slug)).title).toBe(article.title)
  })

  it('never answers a signed-in reader, a draft read or a fresh read from memory', async () => {
    const article = await publishedArticle()
    const editor = await createUser(payload, 'editor')
    await untilCached(article.slug)
    expect((await titleOf(article.slug, { Authorization: `JWT ${editor.token}` })).state).toBeNull()
    expect(
      (await titleOf(article.slug, { Cookie: `theme=dark; payload-token=${editor.token}` })).state,
    ).toBeNull()
    expect((await titleOf(article.slug, { 'Cache-Control': 'no-cache' })).state).toBeNull()
    const draft = await get(`/api/articles/${article.id}?draft=true`)
    expect(draft.state).toBeNull()
  })

  it('a signed-in reader’s draft is never kept for anonymous readers', async () => {
    const article = await publishedArticle()
    const editor = await createUser(payload, 'editor')
    const draftTitle = unique('Only for editors')
    await changeTitle(article.id, draftTitle, { draft: true })
    const path = `/api/articles/${article.id}?depth=0&draft=true`
    const asEditor = await get(path, { Authorization: `JWT ${editor.token}` })
    expect((asEditor.body as { title: string }).title).toBe(draftTitle)
    for (let i = 0; i < 3; i++) {
      const anonymous = await get(`/api/articles/${article.id}?depth=0`)
      expect((anonymous.body as { title: string }).title).toBe(article.title)
    }
  })

  it('keeps only answers that passed the query checks', async () => {
    for (const path of [
      '/api/articles?depth=9',
      '/api/articles?limit=1000',
      '/api/articles?page=x',
    ]) {
      for (let i = 0; i < 2; i++) {
        const answer = await get(path)
        expect(answer.status, path).toBe(400)
        expect(answer.state, path).toBeNull()
      }
    }
  })

  it('keeps GraphQL queries, never mutations, draft reads or refused queries', async () => {
    const read = `{ Articles(limit: 1) { docs { id } } }`
    await eventually(async () => (await graphqlQuery(read)).headers.get('x-read-cache') === 'hit')
    const mutation = await graphqlQuery(`mutation { logoutUser }`)
    expect(mutation.headers.get('x-read-cache')).toBeNull()
    const drafts = `{ Articles(limit: 1, draft: true) { docs { id } } }`
    for (let i = 0; i < 2; i++) {
      expect((await graphqlQuery(drafts)).headers.get('x-read-cache')).toBeNull()
      const unknownField = await graphqlQuery(`{ Articles { docs { nope } } }`)
      expect(unknownField.status).toBe(400)
      expect(unknownField.headers.get('x-read-cache')).toBeNull()
    }
  })
})
