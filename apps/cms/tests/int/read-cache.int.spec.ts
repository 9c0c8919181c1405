import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { withReadCache } from '@/read-cache'

import { articleBasics, createUser, getTestPayload, unique } from './helpers'

const cachedGet = withReadCache('rest', config, REST_GET(config))
const cachedGraphql = withReadCache('graphql', config, GRAPHQL_POST(config))

async function get(path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await cachedGet(new Request(url, { headers }), {
    params: Promise.resolve({ slug }),
  })
  return { state: response.headers.get('x-read-cache'), body: await response.json() }
}

const titleOf = async (slug: string, headers: Record<string, string> = {}) => {
  const answer = await get(`/api/articles?where[slug][equals]=${slug}&depth=0`, headers)
  return {
    state: answer.state,
    title: (answer.body as { docs: { title: string }[] }).docs[0]?.title,
  }
}

/** Polls until `check` holds; the change feed is delivered a moment after the commit. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error('The condition did not hold in time')
}

let payload: Payload
let newArticle: Awaited<ReturnType<typeof articleBasics>>

beforeAll(async () => {
  payload = await getTestPayload()
  newArticle = await articleBasics(payload)
})

async function publishedArticle() {
  const data = newArticle(unique('Cached'))
  const doc = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { ...data, _status: 'published' },
  })
  return { id: doc.id, slug: doc.slug!, title: doc.title }
}

describe('the CMS read cache', () => {
  it('answers a repeated anonymous read from memory, and reads again after a publish', async () => {
    const article = await publishedArticle()
    await eventually(async () => (await titleOf(article.slug)).state === 'hit')
    expect(await titleOf(article.slug)).toEqual({ state: 'hit', title: article.title })

    const title = unique('Renamed')
    await payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      data: { title, _status: 'published' },
    })
    await eventually(async () => (await titleOf(article.slug)).title === title)
  })

  it('keeps serving the published article while a change is uncommitted, never a draft', async () => {
    const article = await publishedArticle()
    await eventually(async () => (await titleOf(article.slug)).state === 'hit')

    // A draft saved by an editor: anonymous readers keep the published title.
    await payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      draft: true,
      data: { title: unique('Draft title') },
    })
    // Saving a draft of a published article refreshes the site, and so this cache too; let
    // that announcement arrive before looking.
    await new Promise((resolve) => setTimeout(resolve, 300))
    await eventually(async () => (await titleOf(article.slug)).state === 'hit')
    expect((await titleOf(article.slug)).title).toBe(article.title)
    // A publish inside a transaction that has not committed yet.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const title = unique('Committed later')
    await payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      data: { title, _status: 'published' },
      req,
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await titleOf(article.slug)).toEqual({ state: 'hit', title: article.title })

    await commitTransaction(req)
    await eventually(async () => (await titleOf(article.slug)).title === title)
  })

  it('a rolled-back change leaves the cache as it was', async () => {
    const article = await publishedArticle()
    await eventually(async () => (await titleOf(article.slug)).state === 'hit')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      data: { title: unique('Rolled back'), _status: 'published' },
      req,
    })
    await killTransaction(req)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await titleOf(article.slug)).toEqual({ state: 'hit', title: article.title })
  })

  it('never answers a signed-in reader, a draft read or a fresh read from memory', async () => {
    const article = await publishedArticle()
    const editor = await createUser(payload, 'editor')
    await eventually(async () => (await titleOf(article.slug)).state === 'hit')
    expect((await titleOf(article.slug, { Authorization: `JWT ${editor.token}` })).state).toBeNull()
    expect((await titleOf(article.slug, { 'Cache-Control': 'no-cache' })).state).toBeNull()
    const draft = await get(`/api/articles/${article.id}?draft=true`)
    expect(draft.state).toBeNull()
  })

  it('keeps GraphQL queries, never mutations', async () => {
    const query = (text: string) =>
      cachedGraphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: text }),
        }),
      )
    const read = `{ Articles(limit: 1) { docs { id } } }`
    await eventually(async () => (await query(read)).headers.get('x-read-cache') === 'hit')
    const mutation = await query(`mutation { logoutUser }`)
    expect(mutation.headers.get('x-read-cache')).toBeNull()
  })
})
