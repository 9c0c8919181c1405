import { type ContentClient, contentTypeSitemap, createContentClient } from '@sok/content'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  graphql,
  graphqlRequest,
  paragraphs,
  rest,
  restErrors,
  testFileSetup,
  unique,
} from './helpers'
import { startApiServer } from './http-server'
import { waitForCall } from './site-calls'

/**
 * The glossary end to end on the CMS side, as the site reads it: the content client over real
 * HTTP, search over GraphQL, revalidation to a stand-in site, and an editor's bad input.
 */
const { payload, newArticle, publishArticle, users } = await testFileSetup({ editor: 'editor' })
const { editor } = users
let api: Awaited<ReturnType<typeof startApiServer>>
let client: ContentClient

beforeAll(async () => {
  api = await startApiServer()
  client = createContentClient({ baseUrl: api.url })
})

afterAll(async () => {
  await api?.close()
})

/** A word no other test uses, to find one document in search and in article text. */
const word = () => `zqg${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function term(data: Record<string, unknown>, status: 'draft' | 'published' = 'published') {
  return payload.create({
    collection: 'glossary-terms',
    draft: status === 'draft',
    data: {
      term: unique('Term'),
      shortDefinition: 'What it means, in one sentence.',
      ...data,
      _status: status,
    },
  })
}

describe('glossary terms through the content client', () => {
  it('lists published terms A to Z, never drafts, each with its slug made from the term', async () => {
    const prefix = word()
    const zebra = await term({ term: `${prefix} zeta wave` })
    const alpha = await term({ term: `${prefix} alpha wave` })
    const draft = await term({ term: `${prefix} beta wave` }, 'draft')
    expect(alpha.slug).toBe(`${prefix}-alpha-wave`)

    const listed = (await client.glossaryTerms()).filter((entry) => entry.term.startsWith(prefix))
    expect(listed.map((entry) => entry.slug)).toEqual([alpha.slug, zebra.slug])
    expect(listed[0]).toMatchObject({ shortDefinition: 'What it means, in one sentence.' })
    expect(await client.glossaryTermBySlug(draft.slug!)).toBeNull()
  })

  it('shows a term with its explanation and only the related articles readers may see', async () => {
    const published = await publishArticle(unique('Related'))
    const draftArticle = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Unpublished')), _status: 'draft' },
    })
    const created = await term({
      explanation: paragraphs('The longer story.'),
      relatedArticles: [published.id, draftArticle.id],
    })

    const page = await client.glossaryTermBySlug(created.slug!)
    expect(page).toMatchObject({ term: created.term, slug: created.slug })
    expect(JSON.stringify(page?.explanation)).toContain('The longer story.')
    expect(page?.relatedArticles.map((article) => article.slug)).toEqual([published.slug])
    expect(page).not.toHaveProperty('_status')
  })

  it('puts published terms in the sitemap', async () => {
    const created = await term({})
    const entries = await contentTypeSitemap(client)
    expect(entries).toContainEqual({ path: '/glossary' })
    expect(entries.map((entry) => entry.path)).toContain(`/glossary/${created.slug}`)
  })
})

describe('glossary terms in search', () => {
  interface Answer {
    SearchContent: {
      entries: { kind: string; label: string; title: string; path: string; excerpt: string }[]
    }
  }
  const search = (text: string, token?: string) =>
    graphql<Answer>(
      `{ SearchContent(text: ${JSON.stringify(text)}) { entries { kind label title path excerpt } } }`,
      token,
    )

  it('finds a published term by a word of its explanation, with its address', async () => {
    const secret = word()
    const created = await term({ explanation: paragraphs(`Also called ${secret}.`) })
    const { data, errors } = await search(secret)
    expect(errors).toBeUndefined()
    expect(data.SearchContent.entries).toEqual([
      {
        kind: 'glossary-terms',
        label: 'Glossary',
        title: created.term,
        path: `/glossary/${created.slug}`,
        excerpt: 'What it means, in one sentence.',
      },
    ])
  })

  it('never finds a draft term, not even for an editor', async () => {
    const secret = word()
    await term({ term: `${secret} draft` }, 'draft')
    for (const token of [undefined, editor.token]) {
      const { data } = await search(secret, token)
      expect(data.SearchContent.entries).toEqual([])
    }
  })
})

describe('glossary terms and the site cache', () => {
  it('tells the site when a term is published, and when an article it lists changes', async () => {
    const created = await term({})
    const call = await waitForCall(`glossary-term:${created.slug}`, 10_000)
    expect(call.tags).toContain('glossary-terms')

    const article = await publishArticle(unique('Listed'))
    const articleCall = await waitForCall(`article:${article.slug}`, 10_000)
    expect(articleCall.tags).toContain('glossary-terms')
  })
})

describe('an editor’s bad input', () => {
  it('answers 400 with what to fix, for a missing definition and a term that exists', async () => {
    const missing = await rest('POST', '/api/glossary-terms', {
      token: editor.token,
      json: { term: unique('No definition'), _status: 'published' },
    })
    const errors = await restErrors(missing)
    expect(errors.status).toBe(400)
    expect(errors.fields.shortDefinition).toMatch(/required/i)

    const existing = await term({})
    const duplicate = await rest('POST', '/api/glossary-terms', {
      token: editor.token,
      json: { term: existing.term, shortDefinition: 'Again.', _status: 'published' },
    })
    const duplicateErrors = await restErrors(duplicate)
    expect(duplicateErrors.status).toBe(400)
    expect(JSON.stringify(duplicateErrors)).toMatch(/unique/i)
  })
})

describe('what an anonymous reader cannot get', () => {
  it('no draft term over REST or GraphQL, whatever the query asks for', async () => {
    const draft = await term({ term: unique('Unpublished term') }, 'draft')
    const listed = await rest('GET', `/api/glossary-terms?draft=true&where[id][equals]=${draft.id}`)
    expect(((await listed.json()) as { docs: unknown[] }).docs).toEqual([])
    expect((await rest('GET', `/api/glossary-terms/${draft.id}?draft=true`)).status).toBe(404)

    const { data } = await graphql<{ GlossaryTerms: { docs: unknown[] } }>(
      `{ GlossaryTerms(draft: true, where: { id: { equals: ${draft.id} } }) { docs { id term } } }`,
    )
    expect(data.GlossaryTerms.docs).toEqual([])
    const one = await graphql<{ GlossaryTerm: unknown }>(
      `{ GlossaryTerm(id: ${draft.id}, draft: true) { id term } }`,
    )
    expect(one.data?.GlossaryTerm ?? null).toBeNull()
  })

  it('refuses related articles nested through a term at once, with a 400', async () => {
    let inner = 'id'
    for (let level = 0; level < 14; level++) inner = `id relatedArticles { ${inner} }`
    const response = await graphqlRequest(
      `{ GlossaryTerms(limit: 100) { docs { id relatedArticles { ${inner} } } } }`,
    )
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors?: { message: string }[] }
    expect(errors?.[0]?.message).toMatch(
      /^This query (could return too much|nests fields \d+ levels deep)/,
    )
  })
})
