import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'

import { articleSearchQuery, faqSearchQuery } from '@/graphql/search/sql'

import { graphql, paragraphs, testFileSetup, unique } from './helpers'

interface SearchAnswer {
  SearchContent: {
    text: string
    articles: { slug: string; title: string; category: { slug: string } | null }[]
    faqs: { question: string; answer: string }[]
  }
}

const { payload, newArticle, publishArticle, users } = await testFileSetup({ editor: 'editor' })
const { editor } = users

const search = (text: string, token?: string, limit?: number) =>
  graphql<SearchAnswer>(
    `{ SearchContent(text: ${JSON.stringify(text)}${limit === undefined ? '' : `, limit: ${limit}`}) {
        text articles { slug title category { slug } } faqs { question answer } } }`,
    token,
  )

describe('SearchContent over GraphQL', () => {
  it('finds seeded articles by a word prefix in their body, best match first', async () => {
    const { data, errors } = await search('amygdal')
    expect(errors).toBeUndefined()
    expect(data.SearchContent.text).toBe('amygdal')
    expect(data.SearchContent.articles[0]).toMatchObject({
      slug: 'ketamine-brain-imaging-hippocampus-amygdala',
      category: { slug: 'science-of-ketamine' },
    })
  })

  it('finds FAQs and answers them as plain text', async () => {
    const { data } = await search('tesla scanner')
    const faq = data.SearchContent.faqs.find((hit) => hit.question.includes('two kinds of MRI'))
    expect(faq?.answer).toMatch(/^A 7 tesla scanner shows finer detail/)
  })

  it('never returns a draft, not even to an editor', async () => {
    const word = `zqx${Date.now().toString(36)}`
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { ...newArticle(unique(`Draft ${word}`)), _status: 'draft' },
    })
    for (const token of [undefined, editor.token]) {
      const { data } = await search(word, token)
      expect(data.SearchContent.articles).toEqual([])
    }

    const published = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Published')),
        body: paragraphs(`A body that mentions ${word}.`),
        _status: 'published',
      },
    })
    const { data } = await search(word)
    expect(data.SearchContent.articles.map((hit) => hit.slug)).toEqual([published.slug])
    expect(draft.slug).not.toBe(published.slug)
  })

  it('finds a word that appears only in a key finding, as reading time counts it', async () => {
    const word = `kfw${Date.now().toString(36)}`
    const body = paragraphs('A body without the word.')
    const finding = {
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: `kf${Date.now().toString(36)}`,
        blockName: '',
        blockType: 'keyFinding',
        finding: `Mood lifted within a day (${word}).`,
        source: 'Test Journal, 2026',
      },
    }
    const article = await payload.create({
      collection: 'articles',
      data: {
        ...newArticle(unique('Key finding')),
        body: { root: { ...body.root, children: [...body.root.children, finding] } },
        _status: 'published',
      },
    })
    const { data } = await search(word)
    expect(data.SearchContent.articles.map((hit) => hit.slug)).toEqual([article.slug])
  })

  it('matches the published text, not a newer unpublished draft of it', async () => {
    const word = `qvw${Date.now().toString(36)}`
    const article = await publishArticle(unique('Live article'))
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { summary: `A draft summary with ${word}.`, _status: 'draft' },
    })
    const { data } = await search(word)
    expect(data.SearchContent.articles).toEqual([])
  })

  it.each([
    ['k', 'Search text must be between 2 and 100 characters long.'],
    ['x'.repeat(101), 'Search text must be between 2 and 100 characters long.'],
    ['?!', 'Search text must contain at least one letter or digit.'],
  ])('rejects %j with a readable error', async (text, message) => {
    const { data, errors } = await search(text)
    expect(data).toBeNull()
    expect(errors?.map((error) => error.message)).toEqual([message])
  })

  it('rejects a limit out of range', async () => {
    const { errors } = await search('ketamine', undefined, 500)
    expect(errors?.[0]?.message).toBe('limit must be a whole number from 1 to 20.')
  })

  it('treats query syntax as plain words', async () => {
    const { errors } = await search("ketamine') | (:* <->")
    expect(errors).toBeUndefined()
  })

  it('finds matches through the full-text indexes, not by reading every row', async () => {
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    const plan = async (query: ReturnType<typeof articleSearchQuery>) => {
      // The test database is tiny, so reading every row (or every published row) would be
      // cheaper: take those ways away, and the planner must show that it can find this exact
      // query's matches through the full-text index. `npm run bench` checks the real plan.
      // The status indexes are dropped inside a transaction that is always rolled back.
      let text = ''
      const rollBack = new Error('roll back')
      await db
        .transaction(async (tx) => {
          await tx.execute(sql`set local enable_seqscan = off`)
          await tx.execute(sql`set local enable_indexscan = off`)
          await tx.execute(sql`drop index articles__status_idx`)
          await tx.execute(sql`drop index faqs__status_idx`)
          const result = await tx.execute(sql`explain ${query}`)
          text = result.rows.map((row) => String(Object.values(row)[0])).join('\n')
          throw rollBack
        })
        .catch((error: unknown) => {
          if (error !== rollBack) throw error
        })
      return text
    }
    expect(await plan(articleSearchQuery("'amygdal':*", 10))).toMatch(
      /Bitmap Index Scan on articles_search_document_idx/,
    )
    expect(await plan(faqSearchQuery("'tesla':*", 10))).toMatch(
      /Bitmap Index Scan on faqs_search_document_idx/,
    )
  })
})
