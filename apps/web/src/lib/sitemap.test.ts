import { describe, expect, it } from 'vitest'

import { ARTICLES_PER_SITEMAP, sitemapFiles, sitemapIndexXml, urlsetXml } from './sitemap'

describe('sitemaps', () => {
  it('lists URLs with their last change, escaped', () => {
    const xml = urlsetXml([
      { url: 'https://sok.example/a?b=1&c=2', lastModified: '2024-02-29T09:00:00Z', priority: 0.8 },
      { url: 'https://sok.example/faq' },
    ])
    expect(xml).toContain(
      '<url><loc>https://sok.example/a?b=1&amp;c=2</loc><lastmod>2024-02-29T09:00:00.000Z</lastmod><priority>0.8</priority></url>',
    )
    expect(xml).toContain('<url><loc>https://sok.example/faq</loc></url>')
  })

  it('splits the articles into files of at most the protocol-friendly size', () => {
    expect(sitemapFiles(0)).toEqual(['pages', 'articles-1'])
    expect(sitemapFiles(ARTICLES_PER_SITEMAP)).toEqual(['pages', 'articles-1'])
    expect(sitemapFiles(ARTICLES_PER_SITEMAP * 2 + 1)).toEqual([
      'pages',
      'articles-1',
      'articles-2',
      'articles-3',
    ])
  })

  it('names each file in an index', () => {
    const xml = sitemapIndexXml([{ url: 'https://sok.example/sitemaps/pages.xml' }])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain('<sitemap><loc>https://sok.example/sitemaps/pages.xml</loc></sitemap>')
  })
})
