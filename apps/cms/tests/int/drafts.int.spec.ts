import { PREVIEW_TTL_SECONDS, signPreviewToken } from '@sok/content/preview'
import { describe, expect, it } from 'vitest'

import { env } from '@/env'

import { graphql, rest, restErrors, restGet, testFileSetup, type TestUser, unique } from './helpers'

/**
 * Draft isolation: an author sees their own drafts and published work, nothing else; anonymous
 * readers never learn who the staff are.
 */

const { payload, newArticle, users } = await testFileSetup({
  author: 'author',
  otherAuthor: 'author',
  editor: 'editor',
})
const { author, otherAuthor, editor } = users

async function articleOf(owner: TestUser, status: 'draft' | 'published', extra = {}) {
  return payload.create({
    collection: 'articles',
    overrideAccess: true,
    draft: status === 'draft',
    data: { ...newArticle(), owner: owner.id, _status: status, ...extra },
  })
}

const previewToken = (id: number, slug: string) =>
  signPreviewToken(
    { collection: 'articles', id, slug, exp: Math.floor(Date.now() / 1000) + PREVIEW_TTL_SECONDS },
    env.REVALIDATE_SECRET,
  )

const staffSecrets = () => [
  author.email,
  otherAuthor.email,
  editor.email,
  '"email"',
  '"role"',
  '"sessions"',
  '"owner"',
]

describe('the preview endpoint', () => {
  it('shows the draft its token names, with published relations only and no user record', async () => {
    const othersDraft = await articleOf(otherAuthor, 'draft', { title: unique('Secret draft') })
    const published = await articleOf(otherAuthor, 'published')
    // The attack: an author relates their own draft to someone else's, then previews it.
    const created = await rest('POST', '/api/articles?draft=true', {
      token: author.token,
      json: {
        ...newArticle(unique('My draft')),
        _status: 'draft',
        relatedArticles: [othersDraft.id, published.id],
      },
    })
    expect(created.status).toBe(201)
    const { doc: mine } = (await created.json()) as { doc: { id: number; slug: string } }

    const response = await restGet(
      `/api/articles/preview-draft?token=${encodeURIComponent(previewToken(mine.id, mine.slug))}`,
    )
    expect(response.status).toBe(200)
    const text = await response.text()
    const preview = JSON.parse(text) as {
      id: number
      relatedArticles: { id: number; title: string }[]
      authors: { name: string }[]
      category: { title: string }
    }
    expect(preview.id).toBe(mine.id)
    expect(preview.relatedArticles.map((related) => related.id)).toEqual([published.id])
    expect(preview.relatedArticles[0]!.title).toBe(published.title)
    expect(preview.authors[0]!.name).toBeTruthy()
    expect(preview.category.title).toBeTruthy()
    expect(text).not.toContain(othersDraft.title)
    for (const secret of staffSecrets()) expect(text, secret).not.toContain(secret)
  })

  it('answers 401 to a forged or expired token and 404 for a deleted article', async () => {
    const draft = await articleOf(author, 'draft')
    const forged = signPreviewToken(
      { collection: 'articles', id: draft.id, slug: draft.slug!, exp: 4102444800 },
      'not-the-secret-at-all-not-the-secret',
    )
    expect((await restGet(`/api/articles/preview-draft?token=${forged}`)).status).toBe(401)
    await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true })
    const gone = previewToken(draft.id, draft.slug!)
    expect((await restGet(`/api/articles/preview-draft?token=${gone}`)).status).toBe(404)
  })
})

describe('anonymous answers', () => {
  it('list the slugs of published articles only (published-slugs), never a draft’s', async () => {
    const published = await articleOf(author, 'published')
    const draft = await articleOf(author, 'draft')
    // A published article whose newer draft is being written keeps its published slug.
    const revised = await articleOf(author, 'published')
    await payload.update({
      collection: 'articles',
      id: revised.id,
      draft: true,
      overrideAccess: true,
      data: { title: unique('Revised title'), slug: `revised-slug-${Date.now().toString(36)}` },
    })
    const response = await restGet('/api/articles/published-slugs')
    expect(response.status).toBe(200)
    const { slugs } = (await response.json()) as { slugs: string[] }
    expect(slugs).toContain(published.slug)
    expect(slugs).toContain(revised.slug)
    expect(slugs).not.toContain(draft.slug)
    expect(slugs.some((slug) => slug.startsWith('revised-slug'))).toBe(false)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('never carry an owner id or a user email, over REST or GraphQL', async () => {
    const article = await articleOf(editor, 'published')
    for (const path of [
      `/api/articles/${article.id}`,
      `/api/articles/${article.id}?depth=2`,
      `/api/articles?where[id][equals]=${article.id}&depth=2`,
      `/api/articles?where[id][equals]=${article.id}&depth=0`,
    ]) {
      const text = await (await restGet(path)).text()
      expect(text, path).toContain(article.title)
      for (const secret of staffSecrets()) expect(text, `${path}: ${secret}`).not.toContain(secret)
    }
    const result = await graphql<{ Articles: { docs: { owner: unknown }[] } }>(
      `{ Articles(where: { id: { equals: ${article.id} } }) { docs { title owner { id email } } } }`,
    )
    expect(JSON.stringify(result)).not.toContain(editor.email)
    expect(result.data.Articles.docs[0]?.owner ?? null).toBeNull()
  })

  it('cannot find out who owns what by filtering on the owner', async () => {
    await articleOf(editor, 'published')
    const response = await restGet(`/api/articles?where[owner][equals]=${editor.id}`)
    expect(response.status).toBe(400)
  })

  it('still show staff who owns an article', async () => {
    const article = await articleOf(otherAuthor, 'published')
    const response = await restGet(`/api/articles/${article.id}?depth=0`, editor.token)
    expect(((await response.json()) as { owner: number }).owner).toBe(otherAuthor.id)
  })
})

describe('draft saves', () => {
  const saveDraft = (json: Record<string, unknown>, id?: number) =>
    id
      ? rest('PATCH', `/api/articles/${id}?draft=true`, { token: author.token, json })
      : rest('POST', '/api/articles?draft=true', {
          token: author.token,
          json: { ...newArticle(), _status: 'draft', ...json },
        })

  it('refuse more related articles than the field allows', async () => {
    const ids = await Promise.all(
      Array.from({ length: 5 }, async () => (await articleOf(author, 'published')).id),
    )
    const { status, fields } = await restErrors(await saveDraft({ relatedArticles: ids }))
    expect(status).toBe(400)
    expect(fields.relatedArticles).toBe('Related articles: choose at most 4.')
  })

  it('refuse ids that do not exist with a 400, not a database error', async () => {
    for (const [field, value] of [
      ['relatedArticles', [999_999]],
      ['category', 999_999],
      ['authors', [999_998]],
      ['heroImage', 999_997],
    ] as const) {
      const { status, fields } = await restErrors(await saveDraft({ [field]: value }))
      expect(status, field).toBe(400)
      expect(fields[field], field).toMatch(/there is no document with id 99999\d/)
    }
    const { status, fields } = await restErrors(await saveDraft({ relatedArticles: ['abc'] }))
    expect(status).toBe(400)
    expect(fields.relatedArticles).toBe('Related articles: every entry must be a document id.')
  })

  it('refuse an article related to itself', async () => {
    const draft = await articleOf(author, 'draft')
    const { status, fields } = await restErrors(
      await saveDraft({ relatedArticles: [draft.id] }, draft.id),
    )
    expect(status).toBe(400)
    expect(fields.relatedArticles).toBe('Related articles: a document cannot point to itself.')
  })

  it('refuse reference links that are not web addresses', async () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      const { status, fields } = await restErrors(
        await saveDraft({ references: [{ title: 'A paper', url }] }),
      )
      expect(status, url).toBe(400)
      expect(fields['references.0.url']).toMatch(/full web address/)
    }
  })

  it('still save a half-written draft', async () => {
    const response = await rest('POST', '/api/articles?draft=true', {
      token: author.token,
      json: { title: unique('Just a title'), _status: 'draft' },
    })
    expect(response.status).toBe(201)
  })
})
