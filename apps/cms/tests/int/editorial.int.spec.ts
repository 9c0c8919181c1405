import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { dueForReviewWhere } from '@/editorial/review'

import { articleBasics, getTestPayload, unique } from './helpers'

let payload: Payload
let newArticle: Awaited<ReturnType<typeof articleBasics>>

beforeAll(async () => {
  payload = await getTestPayload()
  newArticle = await articleBasics(payload)
})

const redirectFrom = async (from: string) =>
  (
    await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      overrideAccess: true,
    })
  ).docs[0]

describe('slug changes', () => {
  it('redirect the old address of a published article to the new one, with 308', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { ...newArticle(unique('Old name')), _status: 'published' },
    })
    const oldSlug = article.slug!
    const renamed = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${oldSlug}-renamed` },
    })
    const redirect = await redirectFrom(`/articles/${oldSlug}`)
    expect(redirect).toMatchObject({
      type: '308',
      to: { type: 'custom', url: `/articles/${renamed.slug}` },
    })

    // Renamed again: the first address goes straight to the newest one, no chain.
    const again = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: `${oldSlug}-final` },
    })
    expect((await redirectFrom(`/articles/${oldSlug}`))?.to?.url).toBe(`/articles/${again.slug}`)
    expect((await redirectFrom(`/articles/${renamed.slug}`))?.to?.url).toBe(
      `/articles/${again.slug}`,
    )

    // And back to the first name: no redirect may point that address at itself.
    await payload.update({ collection: 'articles', id: article.id, data: { slug: oldSlug } })
    expect(await redirectFrom(`/articles/${oldSlug}`)).toBeUndefined()
  })

  it('of a draft create no redirect: nobody has the old address', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Draft name')), _status: 'draft' },
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { slug: `${draft.slug}-x` },
    })
    expect(await redirectFrom(`/articles/${draft.slug}`)).toBeUndefined()
  })
})

describe('review', () => {
  it('an author asks for review; publishing answers the request', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Please review')), _status: 'draft', reviewRequested: true },
    })
    const waiting = await payload.find({
      collection: 'articles',
      draft: true,
      where: { reviewRequested: { equals: true } },
      overrideAccess: true,
      limit: 100,
    })
    expect(waiting.docs.map((doc) => doc.id)).toContain(draft.id)
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.reviewRequested).toBe(false)
  })

  it('lists published articles whose medical review is older than the period, or missing', async () => {
    const months = 12
    const old = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Old review')),
        _status: 'published',
        lastReviewedAt: '2020-01-01T00:00:00.000Z',
      },
    })
    const recent = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Recent review')),
        _status: 'published',
        lastReviewedAt: new Date().toISOString(),
      },
    })
    const never = await payload.create({
      collection: 'articles',
      data: { ...newArticle(unique('Never reviewed')), _status: 'published' },
    })
    const due = await payload.find({
      collection: 'articles',
      where: dueForReviewWhere(new Date(), months),
      limit: 500,
      overrideAccess: true,
    })
    const ids = due.docs.map((doc) => doc.id)
    expect(ids).toContain(old.id)
    expect(ids).toContain(never.id)
    expect(ids).not.toContain(recent.id)
  })
})
