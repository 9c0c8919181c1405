import type { ArticlePage } from '@sok/content'
import { describe, expect, it } from 'vitest'

import { articleNodes, breadcrumbList, faqPage, serializeJsonLd } from './structured-data'

const site = { name: 'Science of Ketamine', url: 'https://sok.example' }

const article = {
  id: 1,
  title: 'A title',
  slug: 'a-title',
  summary: 'A summary.',
  body: { root: { children: [] } },
  publishedAt: '2024-02-29T09:00:00.000Z',
  // Touched by any save; readers and crawlers are told the editors' date instead.
  updatedAt: '2024-11-01T09:00:00.000Z',
  contentUpdatedAt: '2024-03-01T09:00:00.000Z',
  lastReviewedAt: '2024-03-28T00:00:00.000Z',
  category: { id: 1, title: 'Journal Club', slug: 'journal-club' },
  authors: [
    { id: 1, name: 'The team', slug: 'team', kind: 'organisation' },
    { id: 2, name: 'Dr. A', slug: 'a', kind: 'person', credentials: 'MD' },
    3,
  ],
  medicalReviewer: { id: 2, name: 'Dr. A', slug: 'a', kind: 'person', credentials: 'MD' },
  references: [{ title: 'Paper', journal: 'Nature', year: 2024, doi: '10.1/x' }],
} as unknown as ArticlePage

describe('JSON-LD', () => {
  it('describes an article page as a reviewed MedicalWebPage about a cited Article', () => {
    const [page, node] = articleNodes(site, article, { path: '/articles/a-title' })
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://sok.example/articles/a-title',
      reviewedBy: { '@type': 'Person', name: 'Dr. A', honorificSuffix: 'MD' },
      lastReviewed: '2024-03-28T00:00:00.000Z',
    })
    expect(node).toMatchObject({
      '@type': 'Article',
      headline: 'A title',
      author: [
        { '@type': 'Organization', name: 'The team', url: 'https://sok.example/authors/team' },
        { '@type': 'Person', name: 'Dr. A' },
      ],
      citation: [
        {
          '@type': 'ScholarlyArticle',
          name: 'Paper',
          url: 'https://doi.org/10.1/x',
          isPartOf: { name: 'Nature' },
        },
      ],
    })
  })

  it("dates the article by the editors' substantive update, never by the last save", () => {
    const [, node] = articleNodes(site, article, { path: '/x' })
    expect(node).toMatchObject({
      datePublished: '2024-02-29T09:00:00.000Z',
      dateModified: '2024-03-01T09:00:00.000Z',
    })
    const unchanged = { ...article, contentUpdatedAt: article.publishedAt }
    expect(articleNodes(site, unchanged, { path: '/x' })[1]).toMatchObject({
      dateModified: '2024-02-29T09:00:00.000Z',
    })
  })

  it('leaves out the review when nobody reviewed the article', () => {
    const [page] = articleNodes(site, { ...article, medicalReviewer: null }, { path: '/x' })
    expect(page).not.toHaveProperty('reviewedBy')
    expect(page).not.toHaveProperty('lastReviewed')
  })

  it('numbers breadcrumbs with absolute URLs', () => {
    expect(breadcrumbList(site, [{ name: 'Home', path: '/' }])).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://sok.example/' },
      ],
    })
  })

  it('answers FAQs in plain text', () => {
    const answer = {
      root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Yes.' }] }] },
    }
    expect(faqPage(site, '/faq', [{ question: 'Q?', answer } as never])).toMatchObject({
      mainEntity: [{ name: 'Q?', acceptedAnswer: { text: 'Yes.' } }],
    })
  })

  it('cannot be broken out of its script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})
