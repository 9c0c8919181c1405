import { describe, expect, it } from 'vitest'

import { fieldErrors, graphql, restGet, testFileSetup, unique } from './helpers'

const { payload, newArticle, users } = await testFileSetup({ editor: 'editor' })
const { editor } = users

async function createDraft(title: string) {
  return payload.create({
    collection: 'articles',
    draft: true,
    data: { ...newArticle(title), _status: 'draft' },
  })
}

const slugsOver = async (path: string, authToken?: string) => {
  const response = await restGet(path, authToken)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { docs: { slug: string }[] }
  return body.docs.map((doc) => doc.slug)
}

describe('articles over REST and GraphQL', () => {
  it('hides a draft from anonymous readers and shows it to signed-in users', async () => {
    const draft = await createDraft(unique('Unpublished draft'))

    expect(await slugsOver(`/api/articles?where[slug][equals]=${draft.slug}`)).toEqual([])
    expect(await slugsOver(`/api/articles?where[slug][equals]=${draft.slug}&draft=true`)).toEqual(
      [],
    )
    expect((await restGet(`/api/articles/${draft.id}`)).status).toBe(404)
    expect(
      await slugsOver(`/api/articles?where[slug][equals]=${draft.slug}`, editor.token),
    ).toEqual([draft.slug])

    const anonymous = await graphql<{ Articles: { docs: { slug: string }[] } }>(
      `{ Articles(where: { slug: { equals: "${draft.slug}" } }) { docs { slug } } }`,
    )
    expect(anonymous.data.Articles.docs).toEqual([])
  })

  it('shows an article to everyone once it is published', async () => {
    const draft = await createDraft(unique('Soon published'))
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
    })

    expect(await slugsOver(`/api/articles?where[slug][equals]=${draft.slug}`)).toEqual([draft.slug])
    const response = await restGet(`/api/articles/${draft.id}`)
    const article = (await response.json()) as { title: string; publishedAt: string | null }
    expect(article.title).toBe(draft.title)
    expect(article.publishedAt).toBeTruthy()

    const result = await graphql<{ Articles: { docs: { slug: string; title: string }[] } }>(
      `{ Articles(where: { slug: { equals: "${draft.slug}" } }) { docs { slug title } } }`,
    )
    expect(result.errors).toBeUndefined()
    expect(result.data.Articles.docs).toEqual([{ slug: draft.slug, title: draft.title }])
  })

  it('lists only the selected fields when the site asks for them', async () => {
    const response = await restGet(
      '/api/articles?limit=1&depth=0&select[title]=true&select[slug]=true',
    )
    const body = (await response.json()) as { docs: Record<string, unknown>[] }
    expect(body.docs.length).toBe(1)
    expect(Object.keys(body.docs[0]!).sort()).toEqual(['id', 'slug', 'title'])
  })

  it('refuses anonymous writes with a readable message', async () => {
    const result = await graphql<unknown>(`
      mutation {
        createArticle(
          data: { title: "Sneaky", summary: "x", body: {}, category: 1, authors: [1] }
        ) {
          id
        }
      }
    `)
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'You are not allowed to perform this action.' }),
    ])
  })
})

describe('article validation', () => {
  it('creates the slug from the title', async () => {
    const draft = await createDraft('Ketamine & Sleep: What We Know')
    expect(draft.slug).toMatch(/^ketamine-and-sleep-what-we-know/)
  })

  it('keeps slugs unique', async () => {
    const title = unique('Twice the same')
    await createDraft(title)
    expect(await fieldErrors(createDraft(title))).toEqual({ slug: 'Value must be unique' })
  })

  it('tidies a hand-typed slug into a URL-safe one', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...newArticle(), slug: 'Not A Slug!' },
    })
    expect(article.slug).toBe('not-a-slug')
  })

  it('explains a slug that has no letters or digits left', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'articles',
        data: { ...newArticle('!!!'), slug: '' },
      }),
    )
    expect(errors.slug).toMatch(/at least one letter or digit/)
  })

  it('requires a title and a body', async () => {
    const errors = await fieldErrors(
      payload.create({ collection: 'articles', data: { title: '' } as never }),
    )
    expect(errors).toMatchObject({
      title: 'This field is required.',
      body: 'This field is required.',
    })
  })
})
