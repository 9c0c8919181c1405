import { describe, expect, it } from 'vitest'

import { seedArticles } from '@/seed/content/articles'

import { rest, testFileSetup, unique } from './helpers'

const { payload, newArticle, publishArticle, users } = await testFileSetup({ editor: 'editor' })
const { editor } = users

const publishedAt = '2024-02-29T09:00:00.000Z'

const publish = (extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'articles',
    data: { ...newArticle(unique('Dated')), _status: 'published', publishedAt, ...extra },
  })

const datesOf = async (id: number) => {
  const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
  return { contentUpdatedAt: doc.contentUpdatedAt, updatedAt: doc.updatedAt }
}

describe('"Last substantive update"', () => {
  it('starts as the publish date, whether set by the editor or stamped on publishing', async () => {
    expect((await publish()).contentUpdatedAt).toBe(publishedAt)

    const now = await publishArticle(unique('Published now'))
    expect(now.publishedAt).toBeTruthy()
    // The same moment, so no reader ever sees "Updated" on the day of publication.
    expect(now.contentUpdatedAt).toBe(now.publishedAt)
  })

  it('stays empty on a draft that was never published, and is set when it is', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique('Draft')), _status: 'draft' },
    })
    expect(draft.contentUpdatedAt ?? null).toBeNull()
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
    })
    expect(published.contentUpdatedAt).toBe(published.publishedAt)
  })

  it('does not move when a related article is linked, a review flag or review date changes', async () => {
    const article = await publish()
    const other = await publish()
    const before = await datesOf(article.id)

    // The seed's second pass, and an editor picking related articles.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { relatedArticles: [other.id] },
    })
    // An author asks for review (a draft save over REST, as the admin sends it), then an editor
    // records a medical review and publishes.
    const flagged = await rest('PATCH', `/api/articles/${article.id}?draft=true`, {
      token: editor.token,
      json: { reviewRequested: true },
    })
    expect(flagged.status).toBe(200)
    const reviewed = await rest('PATCH', `/api/articles/${article.id}`, {
      token: editor.token,
      json: { lastReviewedAt: '2024-06-01T00:00:00.000Z', _status: 'published' },
    })
    expect(reviewed.status).toBe(200)

    const after = await datesOf(article.id)
    expect(after.updatedAt).not.toBe(before.updatedAt)
    expect(after.contentUpdatedAt).toBe(publishedAt)
  })

  it('moves only when an editor sets it, and an emptied one goes back to the publish date', async () => {
    const article = await publish()
    const marked = await rest('PATCH', `/api/articles/${article.id}`, {
      token: editor.token,
      json: { contentUpdatedAt: '2024-05-02T10:00:00.000Z', _status: 'published' },
    })
    expect(marked.status).toBe(200)
    expect((await datesOf(article.id)).contentUpdatedAt).toBe('2024-05-02T10:00:00.000Z')

    await payload.update({ collection: 'articles', id: article.id, data: { summary: 'Typo fix.' } })
    expect((await datesOf(article.id)).contentUpdatedAt).toBe('2024-05-02T10:00:00.000Z')

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { contentUpdatedAt: null },
    })
    expect((await datesOf(article.id)).contentUpdatedAt).toBe(publishedAt)
  })

  it("comes from each demo article's own history, not from when the seed ran", async () => {
    for (const seeded of seedArticles) {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { slug: { equals: seeded.slug } },
        depth: 0,
      })
      const doc = docs[0]!
      expect(doc.publishedAt, seeded.slug).toBe(seeded.publishedAt)
      expect(doc.contentUpdatedAt, seeded.slug).toBe(seeded.contentUpdatedAt ?? seeded.publishedAt)
      // The seed linked related articles after creating them: the database date moved, the
      // date readers see did not.
      expect(doc.contentUpdatedAt! < doc.updatedAt, seeded.slug).toBe(true)
    }
    expect(seedArticles.filter((seeded) => seeded.contentUpdatedAt).length).toBeGreaterThan(0)
    expect(seedArticles.filter((seeded) => !seeded.contentUpdatedAt).length).toBeGreaterThan(0)
  })
})
