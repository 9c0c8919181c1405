import { describe, expect, it } from 'vitest'

import { createUser, restGet, testFileSetup, unique } from './helpers'

const { payload, newArticle, publishArticle } = await testFileSetup()

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const internalLink = (relationTo: string, id: number, label: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
  children: [text(label)],
})
const relationship = (relationTo: string, id: number) => ({
  type: 'relationship',
  version: 2,
  format: '',
  relationTo,
  value: id,
})
const body = (...children: unknown[]) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        textFormat: 0,
        children: children.filter((child) => (child as { type: string }).type === 'link'),
      },
      ...children.filter((child) => (child as { type: string }).type === 'relationship'),
    ],
  },
})

// What the site's article page asks for (packages/content/src/client.ts, articleBySlug): depth 2
// and only the fields it shows of linked documents.
const pageQuery = (slug: string) =>
  `/api/articles?where[slug][equals]=${slug}&depth=2&limit=1` +
  '&populate[articles][slug]=true&populate[articles][title]=true&populate[articles][summary]=true' +
  '&populate[authors][slug]=true&populate[authors][name]=true' +
  '&populate[categories][slug]=true&populate[categories][title]=true'

describe('internal links and embedded documents in an article body', () => {
  it('reach the public as the linked page, and unpublished targets only as an id', async () => {
    const target = await publishArticle(unique('Linked target'))
    // Published, then renamed in a draft: the draft's new slug must not reach readers.
    const draftSlug = `${target.slug}-draft-rename`
    await payload.update({
      collection: 'articles',
      id: target.id,
      draft: true,
      data: { slug: draftSlug },
    })
    const secret = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Secret draft')), _status: 'draft' },
    })
    const basics = newArticle(unique('Linking article'))
    const author = basics.authors[0]!
    const article = await payload.create({
      collection: 'articles',
      data: {
        ...basics,
        _status: 'published',
        body: body(
          internalLink('articles', target.id, 'the target'),
          internalLink('articles', secret.id, 'the secret'),
          internalLink('authors', author, 'the author'),
          internalLink('categories', basics.category, 'the category'),
          relationship('articles', target.id),
          relationship('articles', secret.id),
        ) as never,
      },
    })

    const response = await restGet(pageQuery(article.slug!))
    expect(response.status).toBe(200)
    const raw = await response.text()
    const [doc] = (JSON.parse(raw) as { docs: { body: unknown }[] }).docs
    const [paragraph, embeddedTarget, embeddedSecret] = (
      doc!.body as { root: { children: Record<string, unknown>[] } }
    ).root.children
    const links = (paragraph!.children as { fields: { doc: { value: unknown } } }[]).map(
      (link) => link.fields.doc.value,
    )
    expect(links[0]).toMatchObject({ id: target.id, slug: target.slug })
    expect(links[1]).toBe(secret.id)
    expect(links[2]).toMatchObject({ id: author, slug: expect.any(String) })
    expect(links[3]).toMatchObject({ id: basics.category, slug: expect.any(String) })
    expect(embeddedTarget!.value).toMatchObject({ slug: target.slug, title: target.title })
    expect([secret.id, null]).toContain(embeddedSecret!.value)
    // Nothing of the unpublished document or the draft rename is in the answer.
    expect(raw).not.toContain(secret.slug!)
    expect(raw).not.toContain(secret.title)
    expect(raw).not.toContain(draftSlug)
    // Only the fields the page shows came along.
    expect(Object.keys(links[0] as object).sort()).toEqual(['id', 'slug', 'summary', 'title'])
  })

  it('to a login (the admin offers none, the API accepts one) reach the public as an id only', async () => {
    const editor = await createUser(payload, 'editor')
    const article = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Links a user')),
        _status: 'published',
        body: body(internalLink('users', editor.id, 'a login')) as never,
      },
    })
    const raw = await (await restGet(pageQuery(article.slug!))).text()
    expect(raw).toContain(`"doc":{"value":${editor.id},"relationTo":"users"}`)
    expect(raw).not.toContain(editor.email)
  })
})
