import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { seedArticles } from '@/seed/content/articles'
import { imagingStudy } from '@/seed/content/imaging-study'

import { getTestPayload, restGet } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

interface PublicArticle {
  title: string
  _status: string
  category: { slug: string }
  authors: { name: string }[]
  medicalReviewer: { name: string; credentials: string } | null
  heroImage: { alt: string; sizes: { hero: { url: string } } }
  keyTakeaways: { text: string }[]
  references: { title: string; doi: string; journal: string }[]
  faqs: { question: string }[]
  relatedArticles: { slug: string }[]
  body: { root: { children: { type: string; fields?: { blockType: string } }[] } }
}

describe('demo content', () => {
  it('the first start published the imaging-study article, complete, for anonymous readers', async () => {
    const response = await restGet(`/api/articles?where[slug][equals]=${imagingStudy.slug}&depth=1`)
    const { docs } = (await response.json()) as { docs: PublicArticle[] }
    expect(docs).toHaveLength(1)
    const article = docs[0]!
    expect(article).toMatchObject({
      title: imagingStudy.title,
      _status: 'published',
      category: { slug: 'science-of-ketamine' },
      authors: [{ name: 'The Science of Ketamine editorial team' }],
      medicalReviewer: { name: 'Dr. Maya Lindqvist', credentials: 'MD' },
    })
    expect(article.heroImage.alt).toBeTruthy()
    expect(article.heroImage.sizes.hero.url).toMatch(/\.webp$/)
    expect(article.keyTakeaways.length).toBeGreaterThanOrEqual(3)
    expect(article.references[0]).toMatchObject({
      journal: 'Scientific Reports',
      doi: '10.1038/s41598-024-54370-9',
    })
    expect(article.faqs.length).toBeGreaterThanOrEqual(3)
    expect(article.relatedArticles.map((related) => related.slug)).toEqual(imagingStudy.related)

    const nodes = article.body.root.children
    expect(nodes.filter((node) => node.type === 'heading').length).toBe(5)
    expect(
      nodes.filter((node) => node.type === 'block').map((node) => node.fields?.blockType),
    ).toEqual(['keyFinding', 'callout'])
  })

  it('published all six demo articles and the site settings', async () => {
    const wanted = seedArticles.map((article) => article.slug).join(',')
    const response = await restGet(
      `/api/articles?limit=50&depth=0&select[slug]=true&where[slug][in]=${wanted}`,
    )
    const { docs } = (await response.json()) as { docs: { slug: string }[] }
    const slugs = docs.map((doc) => doc.slug)
    for (const article of seedArticles) expect(slugs).toContain(article.slug)
    expect(seedArticles).toHaveLength(6)

    const settings = (await (await restGet('/api/globals/site-settings')).json()) as {
      siteName: string
      newsletter: { successMessage: string; errorMessage: string }
    }
    expect(settings.siteName).toBe('Science of Ketamine')
    expect(settings.newsletter.successMessage).toMatch(/Thank you/)
  })

  it('includes an organisation byline and FAQs on the FAQ list', async () => {
    const authors = (await (
      await restGet('/api/authors?where[kind][equals]=organisation')
    ).json()) as {
      docs: unknown[]
    }
    expect(authors.docs.length).toBeGreaterThanOrEqual(1)
    const faqs = (await (await restGet('/api/faqs?limit=100')).json()) as { totalDocs: number }
    expect(faqs.totalDocs).toBeGreaterThanOrEqual(18)
  })

  it('every related article and reference in the seed data is well formed', () => {
    const slugs = new Set(seedArticles.map((article) => article.slug))
    for (const article of seedArticles) {
      for (const related of article.related ?? []) expect(slugs, article.slug).toContain(related)
      expect(article.references.length, article.slug).toBeGreaterThanOrEqual(1)
      expect(article.faqs.length, article.slug).toBeGreaterThanOrEqual(3)
    }
  })

  it('seeding again changes nothing', async () => {
    const count = (collection: 'articles' | 'users' | 'faqs' | 'media') =>
      payload.count({ collection, overrideAccess: true }).then((result) => result.totalDocs)
    const before = await Promise.all([
      count('articles'),
      count('users'),
      count('faqs'),
      count('media'),
    ])
    await seed(payload)
    expect(
      await Promise.all([count('articles'), count('users'), count('faqs'), count('media')]),
    ).toEqual(before)
  })
})
