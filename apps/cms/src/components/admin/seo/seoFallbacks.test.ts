import { describe, expect, it } from 'vitest'

import { effectiveSeo, lengthVerdict, TITLE_LIMITS } from './seoFallbacks'

describe('what search engines get for an article', () => {
  const article = {
    title: 'Ketamine and sleep',
    summary: 'What small studies say.',
    slug: 'ketamine-and-sleep',
    heroImage: 12,
  }

  it('falls back to the title, summary and hero image, as the site does', () => {
    expect(effectiveSeo(article, 'Science of Ketamine', 'https://example.org/')).toEqual({
      title: 'Ketamine and sleep · Science of Ketamine',
      titleSource: 'article title',
      description: 'What small studies say.',
      descriptionSource: 'summary',
      hasImage: true,
      imageSource: 'hero image',
      url: 'https://example.org/articles/ketamine-and-sleep',
    })
  })

  it('prefers what the editor wrote in the SEO tab', () => {
    const seo = effectiveSeo(
      { ...article, meta: { title: ' Sleep ', description: 'Own text', image: 3 } },
      'S',
      'https://example.org',
    )
    expect(seo).toMatchObject({
      title: 'Sleep · S',
      titleSource: 'SEO title',
      description: 'Own text',
      imageSource: 'SEO image',
    })
  })

  it('judges lengths', () => {
    expect(lengthVerdict('', TITLE_LIMITS)).toBe('empty')
    expect(lengthVerdict('Short', TITLE_LIMITS)).toBe('short')
    expect(lengthVerdict('x'.repeat(50), TITLE_LIMITS)).toBe('good')
    expect(lengthVerdict('x'.repeat(90), TITLE_LIMITS)).toBe('long')
  })
})
