import { describe, expect, it } from 'vitest'

import { SLUG_PATTERN, slugify } from './slug'

describe('slugify', () => {
  it.each([
    ['Ketamine & the Brain: 2024!', 'ketamine-and-the-brain-2024'],
    ['  Rapamycin   and Ketamine  ', 'rapamycin-and-ketamine'],
    ['Über Norketamine — a review', 'uber-norketamine-a-review'],
    ['(R,S)-Ketamine', 'r-s-ketamine'],
  ])('%s → %s', (title, slug) => {
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
