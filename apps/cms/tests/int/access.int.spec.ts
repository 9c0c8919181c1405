import { registeredContentTypes } from '@sok/content/content-types'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { accessMatrix, type Audience, contentTypeAccessMatrix, globalAccessMatrix } from '@/access'
import type { Operation, Rule } from '@/access/matrix'
import { LOGIN_FAILED_MESSAGE } from '@/auth/login'

import {
  articleBasics,
  createAudiences,
  createUser,
  fromAddress,
  getTestPayload,
  paragraphs,
  pngFile,
  rest,
  unique,
  type TestUser,
} from './helpers'

/**
 * Every cell of the access matrix, checked by doing the operation over the REST API as that
 * audience against a real database. The expectations come from the matrix itself, so a rule
 * changed there is tested here without editing this file.
 */
const AUDIENCES: Audience[] = ['anonymous', 'author', 'editor', 'admin']

let payload: Payload
let tokenOf: (audience: Audience) => string | undefined
let users: Record<'author' | 'editor' | 'admin', TestUser>
let otherAuthor: TestUser
let newArticle: Awaited<ReturnType<typeof articleBasics>>

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ users, tokenOf } = await createAudiences(payload))
  otherAuthor = await createUser(payload, 'author')
  newArticle = await articleBasics(payload)
})

const allowed = (response: Response) => response.status >= 200 && response.status < 300

// ---------------------------------------------------------------------------------------------
// Collections whose cells are all true/false: one probe per operation.

type SimpleCollection = Exclude<CollectionSlug, 'articles' | 'users'>

/** Every row of the matrix: the hand-written ones and those content types declare. */
const rows: Record<string, Partial<Record<Operation, Record<Audience, Rule>>>> = {
  ...accessMatrix,
  ...contentTypeAccessMatrix,
}

/** A published article that is not emailed on its own: each send needs an article of its own. */
async function publishedArticle() {
  const article = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { ...newArticle(), _status: 'published', newsletter: { sendOnPublish: false } },
  })
  return article.id
}

async function newsletterSend() {
  const send = await payload.create({
    collection: 'newsletter-sends',
    overrideAccess: true,
    data: { article: await publishedArticle() },
  })
  // Never delivered: these tests only check who may see and change it.
  await payload.db.updateOne({
    collection: 'newsletter-sends',
    id: send.id,
    data: { status: 'cancelled' },
  })
  return send.id
}

/** A valid new document of each collection, and a change to it. A row without one fails below. */
const samples: Partial<
  Record<SimpleCollection, () => Promise<Record<string, unknown>> | Record<string, unknown>>
> = {
  authors: () => ({ name: unique('Byline'), kind: 'person' }),
  categories: () => ({ title: unique('Topic') }),
  faqs: () => ({ question: `${unique('Why')}?`, answer: paragraphs('Because.') }),
  'glossary-terms': () => ({ term: unique('Term'), shortDefinition: 'What it means.' }),
  redirects: () => ({
    from: `/${unique('old').replace(/\s+/g, '-')}`,
    to: { type: 'custom', url: '/new' },
    type: '308',
  }),
  media: () => ({ alt: 'A teal rectangle' }),
  'newsletter-signups': () => ({ email: `${unique('reader').replace(/\s+/g, '-')}@example.com` }),
  'rate-limits': () => ({
    key: unique('ip:test'),
    windowStart: new Date().toISOString(),
    hits: 1,
  }),
  'newsletter-sends': async () => ({ article: await publishedArticle() }),
  'newsletter-recipients': async () => ({
    send: await newsletterSend(),
    email: `${unique('reader').replace(/\s+/g, '-')}@example.com`,
    state: 'skipped',
    attempts: 0,
  }),
}

function failWith(message: string): never {
  throw new Error(message)
}

function sample(collection: SimpleCollection) {
  const make = samples[collection]
  if (!make) failWith(`Add a sample ${collection} document to \`samples\` in this file.`)
  return make()
}

async function fixture(collection: SimpleCollection, status?: 'draft'): Promise<number> {
  const data = await sample(collection)
  // Collections with drafts: their fixtures are published unless a probe asks for a draft.
  const withDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const doc = await payload.create({
    collection,
    data: (withDrafts ? { ...data, _status: status ?? 'published' } : data) as never,
    overrideAccess: true,
    ...(status ? { draft: true } : {}),
    ...(collection === 'media' ? { file: await pngFile() } : {}),
  })
  return doc.id as number
}

async function probe(
  collection: SimpleCollection,
  operation: Operation,
  token?: string,
  status?: 'draft',
): Promise<boolean> {
  switch (operation) {
    case 'readVersions': {
      const id = await fixture(collection)
      const response = await rest(
        'GET',
        `/api/${collection}/versions?where[parent][equals]=${id}`,
        {
          token,
        },
      )
      if (!allowed(response)) return false
      return ((await response.json()) as { docs: unknown[] }).docs.length > 0
    }
    case 'read': {
      const id = await fixture(collection, status)
      const response = await rest('GET', `/api/${collection}?where[id][equals]=${id}`, { token })
      if (!allowed(response)) return false
      const { docs } = (await response.json()) as { docs: { id: number }[] }
      return docs.some((doc) => doc.id === id)
    }
    case 'create': {
      const data = await sample(collection)
      if (collection !== 'media')
        return allowed(await rest('POST', `/api/${collection}`, { token, json: data }))
      const file = await pngFile()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(data))
      return allowed(await rest('POST', '/api/media', { token, form }))
    }
    case 'update': {
      const id = await fixture(collection)
      const change: Partial<Record<SimpleCollection, Record<string, unknown>>> = {
        authors: { jobTitle: 'Writer' },
        categories: { description: 'Changed' },
        faqs: { question: 'Changed?' },
        'glossary-terms': { shortDefinition: 'Changed.' },
        redirects: { from: `/changed-${id}` },
        media: { caption: 'Changed' },
        'newsletter-signups': { status: 'confirmed' },
        'rate-limits': { hits: 99 },
        'newsletter-sends': { subject: 'Changed' },
        'newsletter-recipients': { state: 'sent' },
      }
      return allowed(
        await rest('PATCH', `/api/${collection}/${id}`, {
          token,
          json: change[collection] ?? failWith(`Add a change to ${collection} in \`change\`.`),
        }),
      )
    }
    case 'delete': {
      const id = await fixture(collection)
      return allowed(await rest('DELETE', `/api/${collection}/${id}`, { token }))
    }
    default:
      throw new Error(`No probe for ${operation}`)
  }
}

const simpleCollections = Object.keys(rows).filter(
  (collection) => collection !== 'articles' && collection !== 'users',
) as SimpleCollection[]

describe('the matrix', () => {
  it('has a row for every collection the site shows, and each row a sample here', () => {
    const shown = registeredContentTypes.filter((type) => !type.global)
    expect(shown.map((type) => type.collection).filter((slug) => !rows[slug])).toEqual([])
    expect(simpleCollections.filter((collection) => !samples[collection])).toEqual([])
  })
})

describe.each(simpleCollections)('%s', (collection) => {
  const row = rows[collection]!
  const cells = (Object.keys(row) as Operation[]).flatMap((operation) =>
    AUDIENCES.map((audience) => ({ operation, audience, rule: row[operation]![audience] })),
  )
  it.each(cells)('$operation by $audience: $rule', async ({ operation, audience, rule }) => {
    if (rule === 'published') {
      // A published document is there for this audience; a draft of one is not.
      expect(await probe(collection, operation, tokenOf(audience))).toBe(true)
      expect(await probe(collection, operation, tokenOf(audience), 'draft')).toBe(false)
      return
    }
    expect(await probe(collection, operation, tokenOf(audience))).toBe(rule)
  })
})

// ---------------------------------------------------------------------------------------------
// Articles: drafts, ownership and publishing.

async function article(owner: TestUser, status: 'draft' | 'published') {
  const data = { ...newArticle(), owner: owner.id, _status: status }
  return status === 'draft'
    ? payload.create({ collection: 'articles', overrideAccess: true, draft: true, data })
    : payload.create({ collection: 'articles', overrideAccess: true, data })
}

/** Which of [published, own draft, someone else's draft] an audience can list. */
async function visibleArticles(audience: Audience) {
  const me = audience === 'author' ? users.author : otherAuthor
  const published = await article(otherAuthor, 'published')
  const ownDraft = await article(me, 'draft')
  const othersDraft = await article(audience === 'author' ? otherAuthor : users.author, 'draft')
  const ids = [published.id, ownDraft.id, othersDraft.id]
  const response = await rest('GET', `/api/articles?where[id][in]=${ids.join(',')}&limit=10`, {
    token: tokenOf(audience),
  })
  const { docs } = (await response.json()) as { docs: { id: number }[] }
  const seen = new Set(docs.map((doc) => doc.id))
  return {
    published: seen.has(published.id),
    ownDraft: seen.has(ownDraft.id),
    othersDraft: seen.has(othersDraft.id),
  }
}

type ArticleOperation = keyof typeof accessMatrix.articles

const articleExpectations: Record<
  ArticleOperation,
  (rule: Rule, audience: Audience) => Promise<void>
> = {
  async read(rule, audience) {
    const seen = await visibleArticles(audience)
    const expected = {
      true: { published: true, ownDraft: true, othersDraft: true },
      false: { published: false, ownDraft: false, othersDraft: false },
      published: { published: true, ownDraft: false, othersDraft: false },
      publishedOrOwn: { published: true, ownDraft: true, othersDraft: false },
    }[String(rule)]
    expect(seen).toEqual(expected)
  },

  async readVersions(rule, audience) {
    const own = await article(users.author, 'draft')
    const others = await article(otherAuthor, 'draft')
    const versionsOf = async (id: number) => {
      const response = await rest('GET', `/api/articles/versions?where[parent][equals]=${id}`, {
        token: tokenOf(audience),
      })
      if (!allowed(response)) return false
      return ((await response.json()) as { docs: unknown[] }).docs.length > 0
    }
    const seen = { own: await versionsOf(own.id), others: await versionsOf(others.id) }
    const expected =
      rule === 'own' ? { own: true, others: false } : { own: rule === true, others: rule === true }
    expect(seen).toEqual(expected)
  },

  async create(rule, audience) {
    const token = tokenOf(audience)
    const draft = await rest('POST', '/api/articles?draft=true', {
      token,
      json: { ...newArticle(), _status: 'draft' },
    })
    const published = await rest('POST', '/api/articles', {
      token,
      json: { ...newArticle(), _status: 'published' },
    })
    const expected =
      rule === 'draftOnly'
        ? { draft: true, published: false }
        : { draft: rule === true, published: rule === true }
    expect({ draft: allowed(draft), published: allowed(published) }).toEqual(expected)
  },

  async update(rule, audience) {
    const token = tokenOf(audience)
    const me = audience === 'author' ? users.author : otherAuthor
    const ownDraft = await article(me, 'draft')
    const othersDraft = await article(audience === 'author' ? otherAuthor : users.author, 'draft')
    const ownPublished = await article(me, 'published')
    const edit = (id: number) =>
      rest('PATCH', `/api/articles/${id}?draft=true`, { token, json: { title: unique('Edited') } })
    const seen = {
      editOwnDraft: allowed(await edit(ownDraft.id)),
      editOthersDraft: allowed(await edit(othersDraft.id)),
      editOwnPublished: allowed(await edit(ownPublished.id)),
      publishOwnDraft: allowed(
        await rest('PATCH', `/api/articles/${ownDraft.id}`, {
          token,
          json: { _status: 'published' },
        }),
      ),
    }
    const all = (value: boolean) => ({
      editOwnDraft: value,
      editOthersDraft: value,
      editOwnPublished: value,
      publishOwnDraft: value,
    })
    const expected =
      rule === 'ownDraftOnly'
        ? {
            editOwnDraft: true,
            editOthersDraft: false,
            editOwnPublished: false,
            publishOwnDraft: false,
          }
        : all(rule === true)
    expect(seen).toEqual(expected)
  },

  async delete(rule, audience) {
    const target = await article(otherAuthor, 'draft')
    expect(
      allowed(await rest('DELETE', `/api/articles/${target.id}`, { token: tokenOf(audience) })),
    ).toBe(rule)
  },
}

describe('articles', () => {
  const row = accessMatrix.articles as Record<ArticleOperation, Record<Audience, Rule>>
  const cells = (Object.keys(row) as ArticleOperation[]).flatMap((operation) =>
    AUDIENCES.map((audience) => ({ operation, audience, rule: row[operation][audience] })),
  )
  it.each(cells)('$operation by $audience: $rule', async ({ operation, audience, rule }) => {
    await articleExpectations[operation](rule, audience)
  })

  it('an author cannot hand an article to someone else', async () => {
    const response = await rest('POST', '/api/articles?draft=true', {
      token: users.author.token,
      json: { ...newArticle(), _status: 'draft', owner: users.editor.id },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { owner: number | { id: number } } }
    const owner = typeof doc.owner === 'object' ? doc.owner.id : doc.owner
    expect(owner).toBe(users.author.id)
  })
})

// ---------------------------------------------------------------------------------------------
// Users: accounts, roles, secrets.

describe('users', () => {
  const row = accessMatrix.users as Partial<Record<Operation, Record<Audience, Rule>>>
  const cells = (Object.keys(row) as Operation[]).flatMap((operation) =>
    AUDIENCES.map((audience) => ({ operation, audience, rule: row[operation]![audience] })),
  )

  it.each(cells)('$operation by $audience: $rule', async ({ operation, audience, rule }) => {
    const token = tokenOf(audience)
    const self = audience === 'anonymous' ? undefined : users[audience]
    const other = otherAuthor
    /** Whether this audience can act on its own account, and on someone else's. */
    const reach = async (can: (id: number) => Promise<boolean>) => ({
      self: self ? await can(self.id) : false,
      other: await can(other.id),
    })
    /** What the rule promises: `own` is one's own account only, `true` any. */
    const promised =
      rule === 'own'
        ? { self: true, other: false }
        : { self: rule === true && !!self, other: rule === true }
    switch (operation) {
      case 'read': {
        const canSee = async (id: number) => {
          const response = await rest('GET', `/api/users?where[id][equals]=${id}`, { token })
          if (!allowed(response)) return false
          return ((await response.json()) as { docs: unknown[] }).docs.length === 1
        }
        expect(await reach(canSee)).toEqual(promised)
        break
      }
      case 'create': {
        const response = await rest('POST', '/api/users', {
          token,
          json: {
            name: 'New',
            email: `${unique('new').replace(/\s+/g, '-')}@example.com`,
            password: 'a-long-password',
          },
        })
        expect(allowed(response)).toBe(rule)
        break
      }
      case 'update': {
        const canEdit = async (id: number) =>
          allowed(
            await rest('PATCH', `/api/users/${id}`, { token, json: { name: unique('Name') } }),
          )
        expect(await reach(canEdit)).toEqual(promised)
        break
      }
      case 'delete': {
        const victim = await createUser(payload, 'author')
        expect(allowed(await rest('DELETE', `/api/users/${victim.id}`, { token }))).toBe(rule)
        break
      }
      case 'unlock': {
        // Unlocking someone else lifts the lockout that stops password guessing.
        const victim = await createUser(payload, 'author')
        await payload.db.updateOne({
          collection: 'users',
          id: victim.id,
          data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() },
        })
        const response = await rest('POST', '/api/users/unlock', {
          token,
          json: { email: victim.email },
        })
        const after = await payload.db.findOne<{ id: number; lockUntil?: string | null }>({
          collection: 'users',
          where: { id: { equals: victim.id } },
        })
        expect({ allowed: allowed(response), unlocked: !after?.lockUntil }).toEqual({
          allowed: rule,
          unlocked: rule,
        })
        break
      }
    }
  })

  it('nobody can promote themselves', async () => {
    const response = await rest('PATCH', `/api/users/${users.editor.id}`, {
      token: users.editor.token,
      json: { role: 'admin' },
    })
    expect(response.status).toBe(200)
    const fresh = await payload.findByID({
      collection: 'users',
      id: users.editor.id,
      overrideAccess: true,
    })
    expect(fresh.role).toBe('editor')
  })

  it('no answer ever contains a password hash, salt or token', async () => {
    for (const path of [`/api/users/${users.admin.id}`, '/api/users?limit=100', '/api/users/me']) {
      const text = await (await rest('GET', path, { token: users.admin.token })).text()
      for (const secret of [
        '"hash"',
        '"salt"',
        'resetPasswordToken',
        '_verificationToken',
        'password',
      ]) {
        expect(text, `${path} exposes ${secret}`).not.toContain(secret)
      }
    }
  })

  it('locks an account after five wrong passwords', async () => {
    const victim = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        name: 'Locked',
        email: 'locked@example.com',
        password: 'the-right-password',
        role: 'author',
      },
    })
    // From several addresses, as a distributed guesser would (each has its own per-IP limit).
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await rest('POST', '/api/users/login', {
        json: { email: victim.email, password: 'wrong-password' },
        headers: fromAddress(`192.0.2.${attempt + 1}`),
      })
      expect(response.status).toBe(401)
    }
    const locked = await rest('POST', '/api/users/login', {
      json: { email: victim.email, password: 'the-right-password' },
      headers: fromAddress('192.0.2.99'),
    })
    // Locked, though the password is right; the answer is the one every failed sign-in gets.
    expect(locked.status).toBe(401)
    expect(JSON.stringify(await locked.json())).toContain(LOGIN_FAILED_MESSAGE)
  })
})

// ---------------------------------------------------------------------------------------------
// Site settings (a global).

describe('site-settings', () => {
  const row = globalAccessMatrix['site-settings']
  const cells = (['read', 'update'] as const).flatMap((operation) =>
    AUDIENCES.map((audience) => ({ operation, audience, rule: row[operation][audience] })),
  )
  it.each(cells)('$operation by $audience: $rule', async ({ operation, audience, rule }) => {
    const token = tokenOf(audience)
    const response =
      operation === 'read'
        ? await rest('GET', '/api/globals/site-settings', { token })
        : await rest('POST', '/api/globals/site-settings', {
            token,
            json: { tagline: unique('Tagline') },
          })
    expect(allowed(response)).toBe(rule)
  })
})
