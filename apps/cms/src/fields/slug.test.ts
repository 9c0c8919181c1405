import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, slugify } from './slug'

describe('slugify', () => {
  it.each([
    { title: 'Ketamine & the Brain: 2024!', slug: 'ketamine-and-the-brain-2024' },
    { title: '  Rapamycin   and Ketamine  ', slug: 'rapamycin-and-ketamine' },
    { title: 'Über Norketamine — a review', slug: 'uber-norketamine-a-review' },
    { title: '(R,S)-Ketamine', slug: 'r-s-ketamine' },
  ])('$title → $slug', ({ title, slug }) => {
    expect(slugify(title)).toBe(slug)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('keeps slugs short enough for a URL', () => {
    const slug = slugify('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(SLUG_PATTERN)
  })

  it('returns an empty slug for text with no letters or digits', () => {
    expect(slugify('!!!')).toBe('')
  })
})
