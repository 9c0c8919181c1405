import type { ArticleCard as ArticleCardData, Media } from '@sok/content'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ArticleCard } from './ArticleCard'

const heroImage = {
  id: 7,
  alt: 'A scanner',
  sizes: { card: { url: 'https://cms.example/card.webp', width: 800, height: 450 } },
} as Media
const article: ArticleCardData = {
  id: 1,
  title: 'Ketamine and sleep',
  slug: 'ketamine-and-sleep',
  summary: 'What the studies say.',
  publishedAt: '2026-01-02T00:00:00.000Z',
  heroImage,
  category: { id: 3, title: 'Research', slug: 'research' } as ArticleCardData['category'],
}

describe('ArticleCard', () => {
  it('shows a list card with its image, category, linked title, date and summary', () => {
    const html = renderToStaticMarkup(<ArticleCard article={article} />)
    expect(html).toMatch(/^<article class="card"><img [^>]*class="card-image"/)
    expect(html).toContain('<div class="card-body"><p class="eyebrow">Research</p>')
    expect(html).toContain('<h3 class="card-title"><a href="/articles/ketamine-and-sleep">')
    expect(html).toContain('<time dateTime="2026-01-02T00:00:00.000Z">')
    expect(html).toContain('<p class="card-summary">What the studies say.</p>')
    expect(html).toContain('loading="lazy"')
    expect(html).not.toContain('rel="preload"')
  })

  it('preloads the featured article’s image, in the featured layout', () => {
    const html = renderToStaticMarkup(<ArticleCard article={article} variant="featured" />)
    expect(html).toMatch(/^<link rel="preload" as="image"/)
    expect(html).toMatch(/<article class="featured-card"><img [^>]*class="featured-image"/)
    expect(html).toContain('loading="eager"')
    expect(html).toContain('<h3 class="featured-title">')
  })

  it('shows a search hit without an image or a wrapper of its own', () => {
    const hit = {
      ...article,
      heroImage: undefined,
      category: { title: 'Research', slug: 'research' },
    }
    const html = renderToStaticMarkup(<ArticleCard article={hit} variant="result" />)
    expect(html).toMatch(
      /^<p class="eyebrow">Research<\/p><h3><a href="\/articles\/ketamine-and-sleep">/,
    )
    expect(html).not.toContain('<img')
    expect(html).toContain('<p>What the studies say.</p>')
  })
})
